"""The story endpoints of the Content API."""

from ninja import Path, Query, Router
from ninja.decorators import decorate_view

from cms.api.http import answers, api_endpoint
from cms.api.languages import fallback_chain, requested_language
from cms.api.params import MAX_ID, LocaleQuery, sparse_fieldset
from cms.api.problems import not_found
from cms.api.rendering import json_response
from cms.api.visibility import visible_pages
from media_library.public import public_images
from media_library.renditions import RENDITION_CHOICES, selected_keys
from stories.models import SuccessStoryPage

from .queries import StoryFilters, resolve_story, select_stories
from .schemas import StoryDetail, StoryList, StorySummary
from .serializers import StorySerializer, load_stories

router = Router(tags=["stories"])


class StoryListQuery(StoryFilters, sparse_fieldset(StorySummary, RENDITION_CHOICES)):
    pass


@router.get("/stories", response=answers(StoryList), summary="Success stories")
@decorate_view(api_endpoint(StoryListQuery))
def list_stories(request, filters: Query[StoryListQuery]):
    """Published stories, one per story in the best language of the fallback chain.

    ``fields`` and ``renditions`` make a light list: only the fields named are sent
    (and loaded), and image objects carry only the renditions named.
    """
    fields = filters.selected_fields()
    renditions = selected_keys(filters.selected_renditions())
    language = requested_language(request)
    chain = fallback_chain(language)
    count, ids = select_stories(filters, chain)
    stories = load_stories(ids, fields=fields, renditions=renditions)
    serializer = StorySerializer(
        stories, language, chain, request, fields=fields, renditions=renditions
    )
    # Built to StoryList (tests hold it to the schema), so it is sent as it is.
    return json_response(
        {"count": count, "items": [serializer.summary(story) for story in stories]}
    )


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
