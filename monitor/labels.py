"""The names of the monitor's groups in the language served.

Groups are keyed by what is the same in every language (place and sector keys,
country codes, kinds, years); their names are the terms' best translations along
the fallback chain, read in one query per request.
"""

from django.utils import translation
from django.utils.translation import gettext as _

from cms.api.languages import best_objects
from stories.enums import ContributionKind
from stories.models import Country, Place, Sector

from .rollup import GroupTotals


def _keys(groups: list[GroupTotals]) -> set[str]:
    keys = set()
    for group in groups:
        if group.key is not None:
            keys.add(group.key)
        for district in group.districts or []:
            keys.add(f"{group.key}/{district.key}")
    return keys


def labels(group_by: str, groups: list[GroupTotals], chain: list[str]) -> dict[str, str]:
    """Group key → name; a district is keyed ``region/district`` (its place path)."""
    keys = _keys(groups)
    if not keys:
        return {}
    if group_by == "region":
        places = best_objects(Place.objects.filter(live=True, path__in=keys), chain)
        return {place.path: place.name for place in places}
    if group_by == "sector":
        sectors = best_objects(Sector.objects.filter(live=True, key__in=keys), chain)
        return {sector.key: sector.name for sector in sectors}
    if group_by == "country":
        countries = best_objects(Country.objects.filter(live=True, code__in=keys), chain)
        return {country.code: country.name for country in countries}
    if group_by == "kind":
        with translation.override(chain[0]):
            names = dict(ContributionKind.choices)
            return {key: str(names.get(key, key)) for key in keys}
    return {key: key for key in keys}


def not_stated_label(group_by: str, language: str) -> str:
    with translation.override(language):
        return {
            "region": _("Place not stated"),
            "sector": _("Sector not stated"),
            "kind": _("Kind not stated"),
            "country": _("Country not stated"),
        }.get(group_by, _("Not stated"))
