"""The campaign's central theme and its five additional topics (Annex 1)."""

import datetime

from wagtail.models import Locale

from campaigns.enums import ThemeKind
from campaigns.models import CampaignThemePage, KeyMessage
from cms.demo.translation import TARGET_LANGUAGES, memory_for, paragraphs, translate
from cms.models import HomePage

from .data import CENTRAL_THEME, TOPICS


def theme_texts(item: dict) -> list[dict]:
    texts = [
        item["title"],
        item["slug"],
        item.get("statement") or item.get("tagline"),
        item["introduction"],
    ]
    for message in item["key_messages"]:
        texts.append(message["message"])
        if message.get("interests"):
            texts.append(interest_lines(message["interests"]))
    return texts


def interest_lines(interests: list[dict]) -> dict[str, str]:
    return {lang: "\n".join(item[lang] for item in interests) for lang in ("ky", "ru", "en")}


def ensure_theme(parent, item: dict, kind: str) -> tuple[CampaignThemePage, bool]:
    page = CampaignThemePage.objects.child_of(parent).filter(slug=item["slug"]["ky"]).first()
    created = page is None
    if created:
        page = CampaignThemePage(
            title=item["title"]["ky"],
            slug=item["slug"]["ky"],
            kind=kind,
            statement=(item.get("statement") or item.get("tagline"))["ky"],
            introduction=paragraphs(item["introduction"]["ky"]),
            hashtags=" ".join(item.get("hashtags", [])),
            active_from=_date(item.get("active_from")),
            active_to=_date(item.get("active_to")),
        )
        page.key_messages = [
            KeyMessage(
                audience=message["audience"],
                message=message["message"]["ky"],
                interests=interest_lines(message.get("interests") or [])["ky"],
            )
            for message in item["key_messages"]
        ]
        parent.add_child(instance=page)
        page.save_revision().publish()
    for language in TARGET_LANGUAGES:
        if not page.has_translation(Locale.objects.get(language_code=language)):
            translate(page, language, memory_for(language, *theme_texts(item)))
    return page, created


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def load(stdout) -> dict[str, CampaignThemePage]:
    home = HomePage.objects.get(locale=Locale.get_default(), depth=2)
    central, created = ensure_theme(home, CENTRAL_THEME, ThemeKind.CENTRAL)
    stdout.write(
        f"  central theme {'created' if created else 'unchanged'}: {CENTRAL_THEME['title']['en']}"
    )
    themes = {CENTRAL_THEME["key"]: central}
    for number, topic in enumerate(TOPICS, start=1):
        page, created = ensure_theme(central, topic, ThemeKind.TOPIC)
        stdout.write(
            f"  [{number}/{len(TOPICS)}] {'created' if created else 'unchanged'}: "
            f"{topic['title']['en']}"
        )
        themes[topic["key"]] = page
    return themes
