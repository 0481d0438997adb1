"""Contest editions with published results as sync items, each as its detail shows it.

An edition's status is worked out from its dates, so the ledger is reconciled again
when one of those moments passes (``next_change``).
"""

from cms.api.languages import best_objects
from cms.api.sync import registry
from cms.api.sync.registry import shown_as

from .. import schedule
from .pages import _editions, edition_out
from .results import editions_with_results
from .schemas import EditionOut


def _with_results():
    return _editions().filter(translation_key__in=editions_with_results())


def editions(language: str, chain: list[str], request) -> dict[int, dict]:
    found = best_objects(_with_results(), chain)
    return {
        edition.pk: shown_as(EditionOut, edition_out(edition, language, request))
        for edition in found
    }


def next_change(now):
    moments = (
        moment
        for edition in _with_results()
        for moment in (
            schedule.opens_at(edition),
            schedule.closes_at(edition),
            schedule.results_at(edition),
        )
        if moment is not None and moment > now
    )
    return min(moments, default=None)


def register() -> None:
    registry.register("contests", editions, next_change=next_change)
