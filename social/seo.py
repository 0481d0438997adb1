"""The ``seo`` block of the story and theme objects: what the portal puts in ``<head>``
so a shared link unfurls as a card on every channel.

One 1200×630 JPEG (the ``link_card`` preset, quality 82) serves Facebook, X, VK, OK,
Telegram and WhatsApp, whose preview image limit (300 KB) is the smallest; ``og:image``
carries its width and height so the first share renders with the image. Alternates
list only the translations the public may read.
"""

from ninja import Field, Schema

from django.conf import settings

from .compose import channel_image

# Open Graph wants language_TERRITORY.
OG_LOCALES = {"ky": "ky_KG", "ru": "ru_RU", "en": "en_US"}
TWITTER_TITLE_MAX = 70
TWITTER_DESCRIPTION_MAX = 200
DESCRIPTION_MAX = 300


class SeoImageOut(Schema):
    url: str
    width: int
    height: int
    alt: str
    type: str = "image/jpeg"


class AlternateOut(Schema):
    hreflang: str = Field(description="A content language, or x-default (the source).")
    url: str


class SeoOut(Schema):
    title: str
    description: str
    canonical_url: str
    og_type: str = "article"
    og_locale: str
    og_locale_alternates: list[str]
    og_site_name: str
    og_image: SeoImageOut | None = Field(description="1200×630 JPEG, or null while none is made.")
    twitter_card: str = "summary_large_image"
    twitter_title: str
    twitter_description: str
    alternates: list[AlternateOut]


def _clip(text: str, limit: int) -> str:
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—–-") + "…"


def seo_block(page, *, description: str, image, canonical_url: str, translations) -> dict:
    """``translations``: ``{"locale", "url"}`` of each public translation (this one too)."""
    language = page.locale.language_code
    title = page.seo_title or page.title
    description = _clip(page.search_description or description, DESCRIPTION_MAX)
    card = channel_image(image, "link_card", language) if image is not None else None
    alternates = [{"hreflang": t["locale"], "url": t["url"]} for t in translations]
    source = next((t for t in translations if t["locale"] == settings.LANGUAGE_CODE), None)
    if source is not None and len(alternates) > 1:
        alternates.append({"hreflang": "x-default", "url": source["url"]})
    return {
        "title": title,
        "description": description,
        "canonical_url": canonical_url,
        "og_type": "article",
        "og_locale": OG_LOCALES.get(language, language),
        "og_locale_alternates": [
            OG_LOCALES.get(t["locale"], t["locale"])
            for t in translations
            if t["locale"] != language
        ],
        "og_site_name": settings.WAGTAIL_SITE_NAME,
        "og_image": (
            {
                "url": card["url"],
                "width": card["width"],
                "height": card["height"],
                "alt": card["alt"],
                "type": "image/jpeg",
            }
            if card and card["url"]
            else None
        ),
        "twitter_card": "summary_large_image",
        "twitter_title": _clip(title, TWITTER_TITLE_MAX),
        "twitter_description": _clip(description, TWITTER_DESCRIPTION_MAX),
        "alternates": alternates,
    }
