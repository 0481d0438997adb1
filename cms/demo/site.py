"""The site tree: a home page per locale stating the campaign's central theme.

Texts come from Annex 1 of the communication strategy 2022–2025.
"""

from wagtail.models import Locale, Page, Site

from cms.models import HomePage

from .pages import ensure_page
from .translation import paragraphs, translate

SITE_NAME = "Mekendesh"

CENTRAL_THEME_KY = (
    "Өлкөнүн өнүгүүсүнө салынган инвестиция мекениңдеги конкреттүү адамдардын жашоосун жакшыртат!"
)
INTRODUCTION_KY = (
    "Мекендештердин, диаспоралардын жана чет өлкөлөрдөгү мигранттардын акчасы, "
    "билими жана тажрыйбасы Кыргызстандагы адамдардын жашоосун кантип "
    "өзгөрткөнү тууралуу окуялар."
)

HOME_KY = {
    "title": "Мекендеш",
    "slug": "башкы-бет",
    "central_theme": CENTRAL_THEME_KY,
    "introduction": paragraphs(INTRODUCTION_KY),
}

HOME_MEMORY = {
    "ru": {
        "Мекендеш": "Мекендеш",
        "башкы-бет": "главная",
        CENTRAL_THEME_KY: (
            "Инвестиции в развитие страны делают лучше жизнь конкретных людей на вашей родине!"
        ),
        INTRODUCTION_KY: (
            "Истории о том, как деньги, знания и опыт соотечественников, диаспор "
            "и мигрантов за рубежом меняют жизнь людей в Кыргызстане."
        ),
    },
    "en": {
        "Мекендеш": "Mekendesh",
        "башкы-бет": "home",
        CENTRAL_THEME_KY: (
            "Investing in the development of the country makes the lives of "
            "specific people in your homeland better!"
        ),
        INTRODUCTION_KY: (
            "Stories of how the money, knowledge and experience of compatriots, "
            "diasporas and migrants abroad change the lives of people in Kyrgyzstan."
        ),
    },
}


def remove_wagtail_welcome_page(root: Page) -> None:
    """Wagtail's install creates a placeholder page; the site root replaces it."""
    for page in root.get_children().exact_type(Page).filter(slug="home"):
        if not page.get_children().exists():
            page.delete()


def load(stdout) -> HomePage:
    root = Page.get_first_root_node()
    fields = {key: value for key, value in HOME_KY.items() if key != "slug"}
    home, changed = ensure_page(root, HomePage, slug=HOME_KY["slug"], **fields)
    stdout.write(f"  ky home page {'saved' if changed else 'unchanged'}: {home.title}")
    remove_wagtail_welcome_page(root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"root_page": home, "site_name": SITE_NAME, "hostname": "localhost", "port": 80},
    )
    for code, memory in HOME_MEMORY.items():
        existing = home.get_translation_or_none(Locale.objects.get(language_code=code))
        if changed or existing is None:
            existing = translate(home, code, memory)
        stdout.write(f"  {code} home page: {existing.title}")
    return home
