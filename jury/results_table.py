"""A round's results as the coordinators read them: figures from ``sheets.results_for``
beside each entry's reference, title and category, and each juror's raw total and
z-score under the juror's label (a code in blind rounds, see ``codes``).

Built in a fixed number of queries whatever the number of entries and jurors, and never
stored: the page and the export read the same rows.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef

from contests.models import EditionCategory, Entry

from .codes import juror_labels
from .enums import ReviewState
from .models import Conflict, Review
from .results import METHODS, EntryResult
from .sheets import results_for


@dataclass
class JurorFigure:
    label: str
    total: object
    z_score: float


@dataclass
class ResultRow:
    entry: Entry
    category: str
    result: EntryResult
    jurors: list = field(default_factory=list)  # JurorFigure, by label
    excluded: list = field(default_factory=list)  # labels of jurors left out for a conflict
    rank: int | None = None  # under the method the rows are sorted by


def excluded_pairs(round) -> set:
    """(entry, juror) of submitted reviews left out because of a conflict of interest."""
    conflicted = Conflict.objects.filter(
        entry=OuterRef("assignment__entry"),
        juror=OuterRef("assignment__juror"),
        score_counts=False,
    )
    return set(
        Review.objects.filter(assignment__round=round, state=ReviewState.SUBMITTED)
        .filter(Exists(conflicted))
        .values_list("assignment__entry_id", "assignment__juror_id")
    )


def sort_rows(rows: list, method: str) -> list:
    """By the method's rank; entries without a counted score last, in their order."""
    if method not in METHODS:
        method = METHODS[0]
    for row in rows:
        row.rank = row.result.ranks.get(method)
    return sorted(rows, key=lambda row: row.result.ranks.get(method, len(rows) + 1))


def results_rows(round) -> list[ResultRow]:
    results = results_for(round)
    entry_ids = [result.entry for result in results]
    entries = Entry.objects.only("pk", "reference", "title", "category").in_bulk(entry_ids)
    categories = dict(
        EditionCategory.objects.filter(page_id=round.edition_id).values_list("key", "name")
    )
    excluded = excluded_pairs(round)
    juror_ids = {juror for result in results for juror in result.totals}
    juror_ids |= {juror for _entry, juror in excluded}
    users = get_user_model().objects.filter(pk__in=juror_ids)
    labels = juror_labels(round, users)

    rows = []
    for result in results:
        entry = entries[result.entry]
        figures = [
            JurorFigure(labels[juror], total, result.z_scores[juror])
            for juror, total in result.totals.items()
        ]
        rows.append(
            ResultRow(
                entry=entry,
                category=categories.get(entry.category, entry.category),
                result=result,
                jurors=sorted(figures, key=lambda figure: _label_order(figure.label)),
                excluded=sorted(
                    (labels[juror] for entry_id, juror in excluded if entry_id == entry.pk),
                    key=_label_order,
                ),
            )
        )
    return rows


def _label_order(label: str) -> tuple:
    """J2 before J10; names alphabetically."""
    if label[:1] == "J" and label[1:].isdigit():
        return (0, int(label[1:]), "")
    return (1, 0, label.casefold())
