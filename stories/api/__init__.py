"""The story endpoints of the Content API."""

from ninja import Path, Query, Router
from ninja.decorators import decorate_view

from cms.api.http import answers, api_endpoint
from cms.api.languages import fallback_chain, requested_language
from cms.api.params import MAX_ID, LocaleQuery
from cms.api.problems import not_found
from cms.api.visibility import visible_pages
from media_library.public import public_images
from stories.models import SuccessStoryPage

from .queries import StoryFilters, resolve_story, select_stories
from .schemas import StoryDetail, StoryList
from .serializers import StorySerializer, load_stories

router = Router(tags=["stories"])


@router.get("/stories", response=answers(StoryList), summary="Success stories")
@decorate_view(api_endpoint(StoryFilters))
def list_stories(request, filters: Query[StoryFilters]):
    """Published stories, one per story in the best language of the fallback chain."""
    language = requested_language(request)
    chain = fallback_chain(language)
    count, ids = select_stories(filters, chain)
    stories = load_stories(ids)
    serializer = StorySerializer(stories, language, chain, request)
    return {"count": count, "items": [serializer.summary(story) for story in stories]}


@router.get(
    "/stories/{int:story_id}",
    response=answers(StoryDetail, can_be_missing=True),
    summary="A story by id",
)
@decorate_view(api_endpoint(LocaleQuery))
def get_story(request, story_id: Path[int], locale_query: Query[LocaleQuery]):
    """The story with this id, served in the requested language when it is translated.

    The id of any translation works: ``?locale=ru`` with the Kyrgyz id gives the
    Russian story.
    """
    language = requested_language(request)
    chain = fallback_chain(language)
    best = resolve_story(story_id, chain) if story_id <= MAX_ID else None
    if best is None:
        raise not_found()
    return _detail(best, language, chain, request)


@router.get(
    "/stories/by-slug/{slug}",
    response=answers(StoryDetail, can_be_missing=True),
    summary="A story by slug",
)
@decorate_view(api_endpoint(LocaleQuery))
def get_story_by_slug(request, slug: Path[str], locale_query: Query[LocaleQuery]):
    """Slugs belong to a language: the slug is looked up in the requested locale."""
    language = requested_language(request)
    page = (
        visible_pages(SuccessStoryPage.objects.filter(locale__language_code=language))
        .filter(slug=slug[:255])
        .order_by("pk")
        .first()
    )
    if page is None:
        raise not_found()
    return _detail(page.pk, language, [language], request)


def _detail(pk: int, language: str, chain: list[str], request) -> dict:
    stories = load_stories([pk], with_body=True)
    if not stories:
        raise not_found()
    return StorySerializer(stories, language, chain, request).detail(stories[0])


def preview_story(draft, request) -> dict:
    """A draft in the detail's shape; a photo that may not be public stays out."""
    language = draft.locale.language_code
    if draft.hero_image_id and not public_images().filter(pk=draft.hero_image_id).exists():
        draft.hero_image = None
    return StorySerializer([draft], language, [language], request).detail(draft)
