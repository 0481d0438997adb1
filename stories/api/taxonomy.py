"""Places, countries, sectors and people: the terms front-ends build filters from."""

from ninja import Path, Query, Router, Schema
from ninja.decorators import decorate_view

from cms.api.http import answers, api_endpoint
from cms.api.languages import best_objects, fallback_chain, requested_language
from cms.api.params import MAX_ID, LocaleQuery, Paging, sparse_fieldset
from cms.api.problems import not_found
from cms.api.rendering import json_response
from media_library.public import image_object
from media_library.renditions import RENDITION_CHOICES, selected_keys
from stories.models import Country, Place, Sector

from .queries import public_people
from .schemas import CountryOut, PersonSummary, PlaceOut, SectorOut
from .serializers import place_out, published

router = Router(tags=["taxonomy"])


class LocalisedPlace(PlaceOut):
    locale: str
    parent_key: str | None


class LocalisedTerm(Schema):
    id: int
    locale: str


class SectorItem(SectorOut, LocalisedTerm):
    pass


class CountryItem(CountryOut, LocalisedTerm):
    pass


class PersonOut(PersonSummary):
    description: str
    country_of_residence: CountryOut | None
    home_place: PlaceOut | None
    photo: dict | None


class PersonList(Schema):
    count: int
    items: list[PersonOut]


class PeopleQuery(LocaleQuery, Paging, sparse_fieldset(PersonOut, RENDITION_CHOICES)):
    pass


def _chain(request) -> list[str]:
    return fallback_chain(requested_language(request))


def places_out(chain: list[str]) -> list[dict]:
    places = sorted(best_objects(Place.objects.filter(live=True), chain), key=lambda p: p.path)
    return [
        {
            **place_out(place),
            "locale": place.locale.language_code,
            "parent_key": place.path.rsplit("/", 1)[0].rsplit("/", 1)[-1]
            if "/" in place.path
            else None,
        }
        for place in places
    ]


def sectors_out(chain: list[str]) -> list[dict]:
    sectors = sorted(best_objects(Sector.objects.filter(live=True), chain), key=lambda s: s.key)
    return [
        {"id": s.pk, "key": s.key, "name": s.name, "locale": s.locale.language_code}
        for s in sectors
    ]


def countries_out(chain: list[str]) -> list[dict]:
    countries = sorted(
        best_objects(Country.objects.filter(live=True), chain), key=lambda c: c.code
    )
    return [
        {"id": c.pk, "code": c.code, "name": c.name, "locale": c.locale.language_code}
        for c in countries
    ]


def best_people(chain: list[str]) -> list:
    return sorted(best_objects(public_people(), chain), key=lambda p: (p.name, p.pk))


@router.get("/places", response=answers(list[LocalisedPlace]), summary="Places, as a tree by path")
@decorate_view(api_endpoint(LocaleQuery))
def list_places(request, locale_query: Query[LocaleQuery]):
    """Bishkek, Osh and the seven regions with districts and villages below, by path."""
    return places_out(_chain(request))


@router.get("/sectors", response=answers(list[SectorItem]), summary="Sectors")
@decorate_view(api_endpoint(LocaleQuery))
def list_sectors(request, locale_query: Query[LocaleQuery]):
    return sectors_out(_chain(request))


@router.get("/countries", response=answers(list[CountryItem]), summary="Countries of residence")
@decorate_view(api_endpoint(LocaleQuery))
def list_countries(request, locale_query: Query[LocaleQuery]):
    return countries_out(_chain(request))


def person_out(person, renditions: frozenset[str] | None = None) -> dict:
    country = person.country_of_residence if published(person.country_of_residence) else None
    photo = person.photo
    return {
        "id": person.pk,
        "name": person.name,
        "role": person.role,
        "locale": person.locale.language_code,
        "description": person.description,
        "country_of_residence": {"code": country.code, "name": country.name} if country else None,
        "home_place": place_out(person.home_place) if published(person.home_place) else None,
        "photo": image_object(photo, person.locale.language_code, renditions) if photo else None,
    }


@router.get("/people", response=answers(PersonList), summary="Heroes of published stories")
@decorate_view(api_endpoint(PeopleQuery))
def list_people(request, paging: Query[PeopleQuery]):
    """``fields`` and ``renditions`` trim each person as on the story list."""
    fields = paging.selected_fields()
    renditions = selected_keys(paging.selected_renditions())
    people = best_people(_chain(request))
    page = people[paging.offset : paging.offset + paging.limit]
    items = [person_out(p, renditions) for p in page]
    if fields is not None:
        items = [{name: value for name, value in item.items() if name in fields} for item in items]
    return json_response({"count": len(people), "items": items})


@router.get(
    "/people/{int:person_id}",
    response=answers(PersonOut, can_be_missing=True),
    summary="A person",
)
@decorate_view(api_endpoint(LocaleQuery))
def get_person(request, person_id: Path[int], locale_query: Query[LocaleQuery]):
    if person_id > MAX_ID:
        raise not_found()
    key = public_people().filter(pk=person_id).values_list("translation_key", flat=True).first()
    if key is None:
        raise not_found()
    people = best_objects(public_people().filter(translation_key=key), _chain(request))
    return person_out(people[0])
