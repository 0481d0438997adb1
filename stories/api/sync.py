"""The stories' syncable types: stories in full, and the terms as the taxonomy lists
show them. Built with the endpoints' own serializers and queries."""

from cms.api.languages import locale_ids
from cms.api.sync import registry
from cms.api.sync.registry import shown_as
from cms.api.visibility import visible_pages
from stories.models import SuccessStoryPage

from .queries import ordered_best
from .schemas import StoryDetail
from .serializers import StorySerializer, load_stories
from .taxonomy import (
    CountryItem,
    LocalisedPlace,
    SectorItem,
    best_people,
    countries_out,
    person_out,
    places_out,
    sectors_out,
)


def stories(language: str, chain: list[str], request) -> dict[int, dict]:
    """Every public story in its best language, as its detail endpoint shows it."""
    ids = locale_ids()
    queryset = visible_pages(
        SuccessStoryPage.objects.filter(locale_id__in=[ids[c] for c in chain if c in ids])
    )
    pages = load_stories(ordered_best(queryset, chain, ids, "newest"), with_body=True)
    serializer = StorySerializer(pages, language, chain, request)
    return {page.pk: shown_as(StoryDetail, serializer.detail(page)) for page in pages}


def places(language: str, chain: list[str], request) -> dict[int, dict]:
    return {item["id"]: shown_as(LocalisedPlace, item) for item in places_out(chain)}


def countries(language: str, chain: list[str], request) -> dict[int, dict]:
    return {item["id"]: shown_as(CountryItem, item) for item in countries_out(chain)}


def sectors(language: str, chain: list[str], request) -> dict[int, dict]:
    return {item["id"]: shown_as(SectorItem, item) for item in sectors_out(chain)}


def people(language: str, chain: list[str], request) -> dict[int, dict]:
    return {person.pk: person_out(person) for person in best_people(chain)}


def register() -> None:
    registry.register("stories", stories)
    registry.register("places", places)
    registry.register("countries", countries)
    registry.register("sectors", sectors)
    registry.register("people", people)
