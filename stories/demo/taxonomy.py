"""Places, countries, sectors and people of the demo stories, in three languages."""

from wagtail.models import Locale

from cms.demo.translation import TARGET_LANGUAGES, memory_for, translate
from stories.models import Country, Person, Place, Sector

from .data import COUNTRIES, PEOPLE, PLACES, SECTORS


def ensure_snippet(model, lookup: dict, fields: dict, texts: list[dict]):
    """Create or update the Kyrgyz source, then its translations when needed."""
    locale = Locale.get_default()
    instance = model.objects.filter(locale=locale, **lookup).first()
    changed = instance is None
    if instance is None:
        instance = model(locale=locale, **lookup, **fields)
    else:
        changed = any(getattr(instance, name) != value for name, value in fields.items())
        for name, value in fields.items():
            setattr(instance, name, value)
    if changed:
        instance.full_clean()
        instance.save()
    for language in TARGET_LANGUAGES:
        if changed or not instance.has_translation(Locale.objects.get(language_code=language)):
            translate(instance, language, memory_for(language, *texts))
    return instance, changed


def load_places(stdout) -> dict[str, Place]:
    places: dict[str, Place] = {}
    pending = list(PLACES)
    while pending:
        ready = [p for p in pending if p["parent"] is None or p["parent"] in places]
        if not ready:
            raise ValueError(f"Places with unknown parents: {[p['key'] for p in pending]}")
        for item in ready:
            parent = places.get(item["parent"])
            place, _ = ensure_snippet(
                Place,
                {"key": item["key"], "parent": parent},
                {
                    "name": item["name"]["ky"],
                    "kind": item["kind"],
                    "latitude": _decimal(item.get("latitude")),
                    "longitude": _decimal(item.get("longitude")),
                },
                [item["name"]],
            )
            places[item["key"]] = place
            pending.remove(item)
    stdout.write(f"  {len(places)} places")
    return places


def _decimal(value):
    from decimal import Decimal

    return None if value is None else Decimal(str(value)).quantize(Decimal("0.00001"))


def load_countries(stdout) -> dict[str, Country]:
    countries = {
        item["code"]: ensure_snippet(
            Country, {"code": item["code"]}, {"name": item["name"]["ky"]}, [item["name"]]
        )[0]
        for item in COUNTRIES
    }
    stdout.write(f"  {len(countries)} countries")
    return countries


def load_sectors(stdout) -> dict[str, Sector]:
    sectors = {
        item["key"]: ensure_snippet(
            Sector, {"key": item["key"]}, {"name": item["name"]["ky"]}, [item["name"]]
        )[0]
        for item in SECTORS
    }
    stdout.write(f"  {len(sectors)} sectors")
    return sectors


def load_people(stdout, places, countries) -> dict[str, Person]:
    people = {}
    for item in PEOPLE:
        person, _ = ensure_snippet(
            Person,
            {"name": item["name"]["ky"]},
            {
                "role": item["role"],
                "description": item["description"]["ky"],
                "country_of_residence": countries.get(item.get("country")),
                "home_place": places.get(item.get("home_place")),
            },
            [item["name"], item["description"]],
        )
        people[item["key"]] = person
    stdout.write(f"  {len(people)} people")
    return people
