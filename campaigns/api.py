"""Campaign themes and topics in the Content API."""

import datetime

from ninja import Path, Router, Schema
from ninja.decorators import decorate_view

from campaigns.models import CampaignThemePage
from cms.api_cache import api_endpoint
from cms.api_locale import best_objects, fallback_chain, requested_language
from cms.api_problems import not_found
from cms.api_visibility import visible_pages
from cms.blocks.api import stream_to_json
from cms.frontend import frontend_url
from cms.richtext import render_rich_text, render_rich_texts
from stories.api.queries import MAX_ID
from stories.models import SuccessStoryPage

router = Router(tags=["campaigns"])
LOCALE_ONLY = frozenset({"locale"})


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


@router.get("/themes", response=list[ThemeOut], summary="The central theme and its topics")
@decorate_view(api_endpoint(query=LOCALE_ONLY))
def list_themes(request):
    language = requested_language(request)
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


@router.get("/themes/{int:theme_id}", response=ThemeDetail, summary="A theme or topic")
@decorate_view(api_endpoint(query=LOCALE_ONLY))
def get_theme(request, theme_id: Path[int]):
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
    return {
        **theme_out(theme, language, request, parents),
        "body": stream_to_json(theme.body, theme.locale.language_code),
        "topics": [_link(child, request) for child in sorted(children, key=lambda t: t.path)],
        "stories": [_link(story, request) for story in stories],
    }
