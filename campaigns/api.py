"""Campaign themes and topics in the Content API."""

import datetime

from ninja import Path, Query, Router, Schema
from ninja.decorators import decorate_view

from campaigns.models import CampaignThemePage
from cms.api.frontend import frontend_url
from cms.api.http import answers, api_endpoint
from cms.api.languages import best_objects, fallback_chain, requested_language
from cms.api.params import MAX_ID, LocaleQuery
from cms.api.problems import not_found
from cms.api.visibility import visible_pages
from cms.blocks.api import render_rich_text, render_rich_texts, stream_to_json
from media_library.public import public_images
from social.seo import SeoOut, seo_block
from stories.models import SuccessStoryPage

router = Router(tags=["campaigns"])


class KeyMessageOut(Schema):
    audience: str
    message: str
    interests: list[str]


class ThemeLink(Schema):
    id: int
    slug: str
    title: str
    locale: str
    url: str


class ThemeOut(Schema):
    id: int
    type: str = "campaigns.CampaignThemePage"
    kind: str
    locale: str
    requested_locale: str
    is_fallback: bool
    slug: str
    title: str
    statement: str
    introduction: str
    hashtags: list[str]
    active_from: datetime.date | None
    active_to: datetime.date | None
    url: str
    parent_id: int | None
    key_messages: list[KeyMessageOut]


class ThemeDetail(ThemeOut):
    body: list[dict]
    topics: list[ThemeLink]
    stories: list[ThemeLink]
    seo: SeoOut


def theme_seo(theme, request, translations: list[dict]) -> dict:
    """The link card: the theme's statement, and the first photo of its body."""
    first = next(iter(theme.images_in_use()), None)
    image = public_images().filter(pk=first.pk).first() if first is not None else None
    return seo_block(
        theme,
        description=theme.statement,
        image=image,
        canonical_url=frontend_url(theme, request),
        translations=translations,
    )


def _themes():
    return visible_pages(CampaignThemePage.objects.all()).prefetch_related("key_messages")


def _link(page, request) -> dict:
    return {
        "id": page.pk,
        "slug": page.slug,
        "title": page.title,
        "locale": page.locale.language_code,
        "url": frontend_url(page, request),
    }


def theme_out(theme, language: str, request, parents: dict, introduction=None) -> dict:
    return {
        "id": theme.pk,
        "kind": theme.kind,
        "locale": theme.locale.language_code,
        "requested_locale": language,
        "is_fallback": theme.locale.language_code != language,
        "slug": theme.slug,
        "title": theme.title,
        "statement": theme.statement,
        "introduction": (
            introduction
            if introduction is not None
            else render_rich_text(theme.introduction, theme.locale.language_code)
        ),
        "hashtags": theme.hashtag_list,
        "active_from": theme.active_from,
        "active_to": theme.active_to,
        "url": frontend_url(theme, request),
        "parent_id": parents.get(theme.pk),
        "key_messages": [
            {
                "audience": message.audience,
                "message": message.message,
                "interests": [line for line in message.interests.splitlines() if line.strip()],
            }
            for message in theme.key_messages.all()
        ],
    }


def _parents(themes) -> dict:
    """Theme id → parent theme id, from paths (no query per theme)."""
    by_path = {theme.path: theme.pk for theme in themes}
    return {theme.pk: by_path.get(theme.path[: -CampaignThemePage.steplen]) for theme in themes}


def themes_out(language: str, request) -> list[dict]:
    """Every public theme and topic in its best language, by path; each theme's
    introduction rendered with the others of its language at once."""
    themes = sorted(best_objects(_themes(), fallback_chain(language)), key=lambda t: t.path)
    parents = _parents(themes)
    introductions = {}
    for code in {theme.locale.language_code for theme in themes}:
        same_language = [theme for theme in themes if theme.locale.language_code == code]
        rendered = render_rich_texts([theme.introduction for theme in same_language], code)
        introductions.update(zip([t.pk for t in same_language], rendered, strict=True))
    return [
        theme_out(theme, language, request, parents, introductions[theme.pk]) for theme in themes
    ]


@router.get(
    "/themes", response=answers(list[ThemeOut]), summary="The central theme and its topics"
)
@decorate_view(api_endpoint(LocaleQuery))
def list_themes(request, locale_query: Query[LocaleQuery]):
    return themes_out(requested_language(request), request)


@router.get(
    "/themes/{int:theme_id}",
    response=answers(ThemeDetail, can_be_missing=True),
    summary="A theme or topic",
)
@decorate_view(api_endpoint(LocaleQuery))
def get_theme(request, theme_id: Path[int], locale_query: Query[LocaleQuery]):
    """With its topics and the stories that carry it, in the requested language."""
    language = requested_language(request)
    chain = fallback_chain(language)
    if theme_id > MAX_ID:
        raise not_found()
    key = _themes().filter(pk=theme_id).values_list("translation_key", flat=True).first()
    if key is None:
        raise not_found()
    theme = best_objects(_themes().filter(translation_key=key), chain)[0]
    children = best_objects(_themes().child_of(theme), chain) if theme.numchild else []
    stories = best_objects(
        visible_pages(SuccessStoryPage.objects.filter(theme_links__theme__translation_key=key)),
        chain,
    )
    stories.sort(key=lambda s: (-s.story_date.toordinal(), s.pk))
    parent = theme.get_parent().specific_deferred if theme.depth > 3 else None
    parents = {theme.pk: parent.pk if isinstance(parent, CampaignThemePage) else None}
    translations = visible_pages(CampaignThemePage.objects.filter(translation_key=key))
    translations = translations.select_related("locale")
    return {
        **theme_out(theme, language, request, parents),
        "body": stream_to_json(theme.body, theme.locale.language_code),
        "topics": [_link(child, request) for child in sorted(children, key=lambda t: t.path)],
        "stories": [_link(story, request) for story in stories],
        "seo": theme_seo(
            theme,
            request,
            [_link(each, request) for each in translations.order_by("locale_id")],
        ),
    }


def preview_theme(draft, request) -> dict:
    """A draft in the detail's shape (its body's photos under the public rule)."""
    language = draft.locale.language_code
    data = theme_out(draft, language, request, {})
    data.update(
        body=stream_to_json(draft.body, language),
        topics=[],
        stories=[],
        seo=theme_seo(draft, request, []),
    )
    return ThemeDetail(**data).dict()
