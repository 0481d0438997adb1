"""An edition's published results as the public reads them, in the requested language.

Only what ``contests.results.public_decisions`` allows, and of each decision only the
public facts: the entry's title and place, the category, the rank, a grant's amount and
the citation. Never the entrant, their contacts, scores, comments or jurors.
"""

from cms.api.frontend import frontend_url
from cms.api.languages import best_objects, best_per_translation, locale_ids
from cms.api.visibility import visible_pages
from social.compose import public_image
from stories.models import Place, SuccessStoryPage

from ..enums import DecisionKind
from ..models import ResultsPublication
from ..results import public_decisions
from ..submission import source_edition

KIND_ORDER = [DecisionKind.WINNER, DecisionKind.GRANT, DecisionKind.SPECIAL_MENTION]
# The answer that names an entry's place in Kyrgyzstan (``kinds.py``, type PLACE).
PLACE_ANSWER = "place"


def editions_with_results() -> set[str]:
    """Translation keys of the editions whose results are published (one query)."""
    return {
        str(key)
        for key in ResultsPublication.objects.values_list("edition__translation_key", flat=True)
    }


def _places(keys: set[str], chain: list[str]) -> dict[str, dict]:
    if not keys:
        return {}
    rows = best_objects(Place.objects.filter(key__in=keys, live=True), chain)
    return {place.key: {"key": place.key, "name": place.name} for place in rows}


def _stories(ids: set[int], chain: list[str], request) -> dict[int, dict]:
    """Story id → the public story in the best language of ``chain``, if there is one."""
    if not ids:
        return {}
    keys = dict(SuccessStoryPage.objects.filter(pk__in=ids).values_list("translation_key", "pk"))
    ids_by_code = locale_ids()
    rows = list(
        visible_pages(SuccessStoryPage.objects.all())
        .filter(
            translation_key__in=list(keys),
            locale_id__in=[ids_by_code[code] for code in chain if code in ids_by_code],
        )
        .values("pk", "translation_key", "locale_id")
    )
    best = best_per_translation(rows, chain)
    pages = SuccessStoryPage.objects.in_bulk([row["pk"] for row in best.values()])
    found = {}
    for key, row in best.items():
        page = pages[row["pk"]]
        found[keys[key]] = {"id": page.pk, "slug": page.slug, "url": frontend_url(page, request)}
    return found


def results_out(edition, chain: list[str], request) -> dict | None:
    """``None`` until the results are published; then the public decisions."""
    source = source_edition(edition)
    publication = ResultsPublication.objects.filter(edition=source).first()
    if publication is None:
        return None
    decisions = list(public_decisions(source).select_related("entry"))
    categories = {c.key: c.name for c in source.categories.all()}
    categories.update({c.key: c.name for c in edition.categories.all()})
    order = {key: position for position, key in enumerate(categories)}
    places = _places(
        {str(d.entry.answers.get(PLACE_ANSWER) or "") for d in decisions} - {""}, chain
    )
    stories = _stories({d.story_id for d in decisions if d.story_id}, chain, request)
    decisions.sort(
        key=lambda d: (
            KIND_ORDER.index(d.kind),
            order.get(d.category, len(order)),
            d.rank is None,
            d.rank or 0,
            d.entry.title,
        )
    )
    return {
        "published_at": publication.published_at,
        "winners": [
            {
                "kind": d.kind,
                "category": {"key": d.category, "name": categories.get(d.category, d.category)},
                "rank": d.rank,
                "title": d.entry.title,
                "place": places.get(str(d.entry.answers.get(PLACE_ANSWER) or "")),
                "amount": str(d.amount) if d.amount is not None else None,
                "currency": d.currency,
                "citation": d.citation(chain),
                "story": stories.get(d.story_id),
            }
            for d in decisions
        ],
    }


def results_photo(results: dict | None):
    """The photo of the first winner's public story (the results' link card), or ``None``."""
    story_ids = [w["story"]["id"] for w in (results or {}).get("winners", []) if w["story"]]
    if not story_ids:
        return None
    story = SuccessStoryPage.objects.filter(pk=story_ids[0]).select_related("hero_image").first()
    return public_image(story.hero_image) if story is not None else None
