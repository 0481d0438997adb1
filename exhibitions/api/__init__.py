"""The exhibition endpoints of the Content API: exhibitions and the venues they visit."""

from ninja import Path, Query, Router
from ninja.decorators import decorate_view

from cms.api.http import answers, api_endpoint
from cms.api.languages import best_objects, fallback_chain, requested_language
from cms.api.params import MAX_ID, LocaleQuery, Paging
from cms.api.problems import not_found
from cms.api.visibility import visible_pages

from ..models import ExhibitionPage, ExhibitionSection, Venue
from .schemas import ExhibitionDetail, ExhibitionList, VenueList
from .serializers import ExhibitionSerializer, summaries
from .venues import venues_out

router = Router(tags=["exhibitions"])


class ExhibitionListQuery(LocaleQuery, Paging):
    pass


def _exhibitions():
    return visible_pages(ExhibitionPage.objects.all())


@router.get("/exhibitions", response=answers(ExhibitionList), summary="Photo exhibitions")
@decorate_view(api_endpoint(ExhibitionListQuery))
def list_exhibitions(request, query: Query[ExhibitionListQuery]):
    """Published exhibitions, newest year first, each in the best language of the chain."""
    language = requested_language(request)
    found = best_objects(_exhibitions(), fallback_chain(language))
    ordered = sorted(found, key=lambda e: (-e.year, e.title.casefold(), e.pk))
    page = ordered[query.offset : query.offset + query.limit]
    return {"count": len(ordered), "items": summaries(page, language, request)}


@router.get(
    "/exhibitions/{int:exhibition_id}",
    response=answers(ExhibitionDetail, can_be_missing=True),
    summary="An exhibition: sections, exhibits and its tour",
)
@decorate_view(api_endpoint(LocaleQuery, daily=True))
def get_exhibition(request, exhibition_id: Path[int], locale_query: Query[LocaleQuery]):
    """The exhibition with this id (any translation's id works), its published sections
    in order with their exhibits, and its tour split into past and coming stops."""
    language = requested_language(request)
    if exhibition_id > MAX_ID:
        raise not_found()
    key = _exhibitions().filter(pk=exhibition_id).values("translation_key")
    chain = fallback_chain(language)
    found = best_objects(_exhibitions().filter(translation_key__in=key), chain)
    if not found:
        raise not_found()
    return ExhibitionSerializer(found[0], language, chain, request).detail()


@router.get("/venues", response=answers(VenueList), summary="Venues of the exhibitions")
@decorate_view(api_endpoint(LocaleQuery))
def list_venues(request, locale_query: Query[LocaleQuery]):
    """Embassies, consulates and cultural centres that show or will show an exhibition."""
    chain = fallback_chain(requested_language(request))
    venues = sorted(
        best_objects(Venue.objects.filter(live=True), chain),
        key=lambda v: (v.code, v.pk),
    )
    return {"count": len(venues), "items": venues_out(venues, chain)}


def preview_exhibition(draft, request) -> dict:
    """A draft exhibition (with its published sections), or a draft section within its
    exhibition, in the detail's shape; photos that may not be public stay out."""
    language = draft.locale.language_code
    if isinstance(draft, ExhibitionSection):
        exhibition = draft.get_parent().specific
        serializer = ExhibitionSerializer(exhibition, language, [language], request, [draft])
    else:
        serializer = ExhibitionSerializer(draft, language, [language], request)
    return serializer.detail()
