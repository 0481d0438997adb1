import pytest

from django.conf import settings

from wagtail.models import Locale, Page, Site

from cms.demo.site import CENTRAL_THEME_KY
from cms.models import HomePage

pytestmark = pytest.mark.django_db


def test_kyrgyz_is_the_default_and_three_content_locales_exist(locales):
    assert settings.LANGUAGE_CODE == "ky"
    assert Locale.get_default().language_code == "ky"
    assert set(locales) == {"ky", "ru", "en"}
    assert settings.WAGTAIL_I18N_ENABLED is True


def test_a_site_root_per_locale_translating_each_other(demo_site):
    site = Site.objects.get(is_default_site=True)
    root = site.root_page.specific
    assert isinstance(root, HomePage)
    assert root.locale.language_code == "ky"
    assert root.central_theme == CENTRAL_THEME_KY
    homes = {page.locale.language_code: page for page in HomePage.objects.live()}
    assert set(homes) == {"ky", "ru", "en"}
    for page in homes.values():
        assert page.depth == 2
        assert page.translation_key == root.translation_key
    assert "lives of specific people" in homes["en"].central_theme
    assert "жизнь конкретных людей" in homes["ru"].central_theme
    assert not Page.objects.filter(depth=2).exact_type(Page).exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ky", "Өлкөнүн өнүгүүсүнө"),
        ("ru", "Инвестиции в развитие страны"),
        ("en", "Investing in the development of the country"),
    ],
)
def test_each_home_page_is_served_in_its_language(client, demo_site, language, expected):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert expected in html


def test_site_root_redirects_to_the_kyrgyz_home(client, demo_site):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/ky/"
