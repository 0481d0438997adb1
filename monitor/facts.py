"""Reading the facts of the published stories a monitor request selects.

The stories are the story list's: public now, one per story in the best language of
the fallback chain, narrowed by the same filters on the chosen translation. The
figures come from the page rows, which hold the published revision: a draft, or
changes waiting in a newer revision, never move a total. Five queries, whatever the
number of stories.
"""

from collections import defaultdict

from cms.api.languages import locale_ids
from cms.api.visibility import visible_pages
from contests.enums import DecisionKind
from contests.models import ContestEditionPage, Decision
from stories.api.queries import StoryFilterQuery, best_translation_q, filtered
from stories.models import StoryContribution, StorySector, SuccessStoryPage

from .rollup import StoryFacts


def selected_stories(filters: StoryFilterQuery, chain: list[str]):
    """The public stories the story list would show for ``filters``, unpaged."""
    ids = locale_ids()
    queryset = visible_pages(
        SuccessStoryPage.objects.filter(locale_id__in=[ids[c] for c in chain if c in ids])
    )
    best = queryset.filter(best_translation_q(queryset, chain, ids))
    if filters.filtering():
        best = SuccessStoryPage.objects.filter(pk__in=filtered(best, filters).values("pk"))
    return best


def winner_keys() -> set:
    """Translation keys of the stories of winners and grants in public contest results.

    A winner counts through its story only: its figures are the story's, and a winner
    whose story is not published yet is not counted at all, so nothing counts twice.
    """
    editions = visible_pages(ContestEditionPage.objects.all()).values("pk")
    return set(
        Decision.objects.filter(
            edition_id__in=editions,
            kind__in=[DecisionKind.WINNER, DecisionKind.GRANT],
            published_at__isnull=False,
            retracted_at__isnull=True,
            story__isnull=False,
        ).values_list("story__translation_key", flat=True)
    )


def story_facts(filters: StoryFilterQuery, chain: list[str]) -> list[StoryFacts]:
    stories = selected_stories(filters, chain)
    rows = list(
        stories.order_by("story_date", "pk").values(
            "pk",
            "translation_key",
            "story_date",
            "amount",
            "currency",
            "kgs_rate",
            "beneficiaries",
            "place__path",
            "place__live",
            "country_of_residence__code",
            "country_of_residence__live",
        )
    )
    pks = stories.values("pk")
    sectors = defaultdict(list)
    for page_id, key in (
        StorySector.objects.filter(page_id__in=pks, sector__live=True)
        .order_by("sort_order", "pk")
        .values_list("page_id", "sector__key")
    ):
        sectors[page_id].append(key)
    kinds = defaultdict(list)
    for page_id, kind in (
        StoryContribution.objects.filter(page_id__in=pks)
        .order_by("sort_order", "pk")
        .values_list("page_id", "kind")
    ):
        kinds[page_id].append(kind)
    winners = winner_keys()
    return [
        StoryFacts(
            id=row["pk"],
            story_date=row["story_date"],
            place_path=row["place__path"] if row["place__live"] else None,
            country=row["country_of_residence__code"]
            if row["country_of_residence__live"]
            else None,
            sectors=tuple(sectors[row["pk"]]),
            kinds=tuple(kinds[row["pk"]]),
            amount=row["amount"],
            currency=row["currency"],
            kgs_rate=row["kgs_rate"],
            beneficiaries=row["beneficiaries"],
            winner=row["translation_key"] in winners,
        )
        for row in rows
    ]
