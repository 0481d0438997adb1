"""Which stories a request asks for: filters, language fallback, ordering, paging.

Selection reads only ids and sort keys, picks one language per story along the
fallback chain, then pages; the chosen pages are loaded afterwards in a fixed number
of queries, whatever the page size.
"""

import datetime
from typing import Literal

from ninja import Field

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils.translation import gettext as _

from campaigns.models import CampaignThemePage
from cms.api.languages import best_per_translation, locale_ids
from cms.api.memo import remembered
from cms.api.params import MAX_ID, LocaleQuery, Paging
from cms.api.problems import invalid_parameter
from cms.api.visibility import next_change_at, visible_pages
from media_library.public import public_images
from media_library.renditions import prefetch_preset_renditions
from stories.enums import ContributionKind
from stories.models import Country, Person, Place, Sector, StoryHero, SuccessStoryPage

ORDERINGS = {
    "newest": lambda row: (-row["story_date"].toordinal(), -row["pk"]),
    "oldest": lambda row: (row["story_date"].toordinal(), row["pk"]),
    "title": lambda row: (row["title"].casefold(), row["pk"]),
}


class StoryFilterQuery(LocaleQuery):
    """What the story list can be narrowed by; also the filters of every view that
    counts or groups the same stories, so each takes exactly the list's parameters."""

    place: str | None = Field(
        None, max_length=60, description="Place key; includes everything below it."
    )
    country: str | None = Field(
        None, pattern=r"^[A-Za-z]{2}$", description="ISO code of the country of residence."
    )
    sector: str | None = Field(None, max_length=60, description="Sector key.")
    contribution: ContributionKind | None = None
    theme: int | None = Field(
        None, ge=1, le=MAX_ID, description="Id of a campaign theme or topic."
    )
    hero: int | None = Field(None, ge=1, le=MAX_ID, description="Id of a person.")
    sdg: int | None = Field(None, ge=1, le=17, description="Sustainable Development Goal.")
    published_from: datetime.date | None = Field(None, description="Story date from (incl.).")
    published_to: datetime.date | None = Field(None, description="Story date to (incl.).")
    has_video: bool | None = None

    def filtering(self) -> bool:
        return any(
            getattr(self, name) is not None
            for name in StoryFilterQuery.model_fields
            if name != "locale"
        )


class StoryFilters(StoryFilterQuery, Paging):
    order: Literal["newest", "oldest", "title"] = "newest"


def _translation_key_of(model, pk: int, name: str):
    key = _public_of(model).filter(pk=pk).values_list("translation_key", flat=True).first()
    if key is None:
        raise invalid_parameter(
            name, _("No %(name)s has the id %(id)s.") % {"name": name, "id": pk}
        )
    return key


def _public_of(model):
    if model is CampaignThemePage:
        return visible_pages(model.objects.all())
    return public_people()


def public_people():
    """Only published people who appear in a published story: a draft's heroes stay
    private, a change waiting for review too, and so do photos that may not be public."""
    stories = visible_pages(SuccessStoryPage.objects.all()).values("pk")
    keys = StoryHero.objects.filter(page_id__in=stories).values("person__translation_key")
    return (
        Person.objects.filter(live=True, translation_key__in=keys)
        .select_related("country_of_residence", "home_place")
        .prefetch_related(Prefetch("photo", queryset=prefetch_preset_renditions(public_images())))
    )


def filtered(queryset, filters: StoryFilterQuery):
    """Apply the filters; unknown keys and ids are a 400 naming the parameter."""
    if filters.place:
        paths = set(
            Place.objects.filter(live=True, key=filters.place).values_list("path", flat=True)
        )
        if not paths:
            raise invalid_parameter(
                "place", _("No place has the key “%(key)s”.") % {"key": filters.place}
            )
        condition = Q()
        for path in paths:
            for field in ("place", "place_links__place"):
                condition |= Q(**{f"{field}__live": True}) & (
                    Q(**{f"{field}__path": path}) | Q(**{f"{field}__path__startswith": f"{path}/"})
                )
        queryset = queryset.filter(condition)
    if filters.country:
        code = filters.country.upper()
        if not Country.objects.filter(live=True, code=code).exists():
            raise invalid_parameter(
                "country", _("No country has the code “%(code)s”.") % {"code": code}
            )
        queryset = queryset.filter(
            country_of_residence__code=code, country_of_residence__live=True
        )
    if filters.sector:
        if not Sector.objects.filter(live=True, key=filters.sector).exists():
            raise invalid_parameter(
                "sector", _("No sector has the key “%(key)s”.") % {"key": filters.sector}
            )
        queryset = queryset.filter(
            sector_links__sector__key=filters.sector, sector_links__sector__live=True
        )
    if filters.contribution:
        queryset = queryset.filter(contributions__kind=filters.contribution)
    if filters.theme:
        key = _translation_key_of(CampaignThemePage, filters.theme, "theme")
        queryset = queryset.filter(theme_links__theme__translation_key=key)
    if filters.hero:
        key = _translation_key_of(Person, filters.hero, "hero")
        queryset = queryset.filter(hero_links__person__translation_key=key)
    if filters.sdg:
        queryset = queryset.filter(sdgs__goal=filters.sdg)
    if (
        filters.published_from
        and filters.published_to
        and filters.published_from > filters.published_to
    ):
        raise invalid_parameter(
            "published_to", _("The end of the date range is before its start.")
        )
    if filters.published_from:
        queryset = queryset.filter(story_date__gte=filters.published_from)
    if filters.published_to:
        queryset = queryset.filter(story_date__lte=filters.published_to)
    if filters.has_video is not None:
        queryset = queryset.filter(has_video=filters.has_video)
    return queryset


# Orderings the database can do exactly as Python would; "title" folds case, which
# SQLite's lower() does not do for Cyrillic, so it is sorted here.
DATABASE_ORDERINGS = {"newest": ("-story_date", "-pk"), "oldest": ("story_date", "pk")}


def select_stories(filters: StoryFilters, chain: list[str]) -> tuple[int, list[int]]:
    """``(count, ids of this page)``: one story per translation group, in its best language.

    The language is chosen first and the filters apply to the chosen translation, so a
    filter never swaps a story for its fallback. The chosen stories in order are read
    once per content version and language chain (``cms.api.memo``), and again when a
    page's go-live or expiry moment passes: every page and filter of the list then
    costs the same whatever the number of stories.
    """
    ids = locale_ids()
    queryset = visible_pages(
        SuccessStoryPage.objects.filter(locale_id__in=[ids[c] for c in chain if c in ids])
    )
    moment = next_change_at()
    ordered = remembered(
        f"stories:{','.join(chain)}:{filters.order}:{moment}",
        lambda: ordered_best(queryset, chain, ids, filters.order),
    )
    if filters.filtering():
        kept = set(filtered(queryset, filters).values_list("pk", flat=True))
        ordered = [pk for pk in ordered if pk in kept]
    return len(ordered), ordered[filters.offset : filters.offset + filters.limit]


def ordered_best(queryset, chain: list[str], ids: dict[str, int], order: str) -> list[int]:
    """Ids of the best translation of every story in ``queryset``, in ``order``."""
    if order in DATABASE_ORDERINGS:
        best = queryset.filter(best_translation_q(queryset, chain, ids))
        return list(best.order_by(*DATABASE_ORDERINGS[order]).values_list("pk", flat=True))
    rows = queryset.values("pk", "translation_key", "locale_id", "story_date", "title")
    best = sorted(best_per_translation(rows, chain).values(), key=ORDERINGS[order])
    return [row["pk"] for row in best]


def best_translation_q(queryset, chain: list[str], ids: dict[str, int]) -> Q:
    """Rows of ``queryset`` that no row of the same story in an earlier language of
    ``chain`` outranks: ``best_per_translation`` as a database condition."""
    condition = Q()
    earlier: list[int] = []
    for code in chain:
        if code not in ids:
            continue
        here = Q(locale_id=ids[code])
        if earlier:
            outranked = queryset.filter(
                translation_key=OuterRef("translation_key"), locale_id__in=list(earlier)
            )
            here &= ~Exists(outranked)
        condition |= here
        earlier.append(ids[code])
    return condition


def resolve_story(pk: int, chain: list[str]) -> int | None:
    """Any translation's id → the id of the story in the best available language
    (one query: the asked page's translation key is a subquery)."""
    ids = locale_ids()
    visible = visible_pages(SuccessStoryPage.objects.all())
    key = visible.filter(pk=pk).values("translation_key")
    rows = list(
        visible.filter(
            translation_key__in=key, locale_id__in=[ids[c] for c in chain if c in ids]
        ).values("pk", "translation_key", "locale_id")
    )
    best = best_per_translation(rows, chain)
    return next(iter(best.values()))["pk"] if best else None
