"""A round's scores and results as spreadsheets (CSV and XLSX) for the coordinators.

Written with Wagtail's own spreadsheet export (openpyxl for XLSX, as the entries'
export). Jurors appear under ``codes.juror_labels`` (codes in blind rounds) and no
entrant's name or contact is ever written. Text cells are written formula-safe
(``cms.spreadsheets``).
"""

from decimal import Decimal
from fractions import Fraction

from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from cms.spreadsheets import FormulaSafeExportMixin

from .codes import juror_labels
from .enums import ReviewState
from .models import Criterion, Score
from .results_table import excluded_pairs, results_rows, sort_rows

PLACES = Decimal("0.0001")


def figure(value):
    """An exact figure (Fraction, float) as a decimal with four places; empty for none."""
    if value is None:
        return None
    if isinstance(value, Fraction):
        return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(PLACES)
    return Decimal(str(value)).quantize(PLACES)


class Spreadsheet(FormulaSafeExportMixin, SpreadsheetExportMixin):
    """Rows of plain dicts under translated headings, as a download."""

    def __init__(self, columns: list[tuple[str, str]], filename: str):
        self.list_export = [key for key, _heading in columns]
        self.headings = dict(columns)
        self.export_filename = filename

    def get_heading(self, queryset, field):
        return self.headings[field]

    def response(self, rows: list[dict], spreadsheet_format: str):
        return self.as_spreadsheet(rows, spreadsheet_format)


def score_rows(round) -> list[dict]:
    """One row per score given in the round (drafts too), in entry, juror, criterion order."""
    scores = list(
        Score.objects.filter(review__assignment__round=round).select_related(
            "review__assignment__entry", "review__assignment__juror"
        )
    )
    criteria = Criterion.objects.filter(round=round).in_bulk()
    users = {score.review.assignment.juror for score in scores}
    labels = juror_labels(round, users)
    excluded = excluded_pairs(round)
    states = dict(ReviewState.choices)

    def counted(score):
        assignment = score.review.assignment
        return (
            score.review.state == ReviewState.SUBMITTED
            and criteria[score.criterion_id].counted
            and (assignment.entry_id, assignment.juror_id) not in excluded
        )

    def order(score):
        assignment = score.review.assignment
        criterion = criteria[score.criterion_id]
        return (
            assignment.entry.created_at,
            assignment.entry_id,
            labels[assignment.juror_id],
            criterion.position,
            criterion.pk,
        )

    return [
        {
            "entry": score.review.assignment.entry.reference,
            "juror": labels[score.review.assignment.juror_id],
            "criterion": criteria[score.criterion_id].name(),
            "value": score.value,
            "state": str(states[score.review.state]),
            "submitted_at": score.review.submitted_at
            and timezone.localtime(score.review.submitted_at),
            "counted": _("yes") if counted(score) else _("no"),
        }
        for score in sorted(scores, key=order)
    ]


def score_columns() -> list[tuple[str, str]]:
    return [
        ("entry", _("Entry reference")),
        ("juror", _("Juror")),
        ("criterion", _("Criterion")),
        ("value", _("Score")),
        ("state", _("Review state")),
        ("submitted_at", _("Submitted at")),
        ("counted", _("Counted")),
    ]


def result_rows(round, rows=None) -> list[dict]:
    """The results table, ranked by the round's headline figure."""
    rows = sort_rows(results_rows(round) if rows is None else rows, round.headline_method)
    return [
        {
            "rank": row.rank,
            "entry": row.entry.reference,
            "title": row.entry.title,
            "category": row.category,
            "mean": figure(row.result.mean),
            "median": figure(row.result.median),
            "normalised": figure(row.result.normalised),
            "count": row.result.count,
            "spread": figure(row.result.spread),
            "disagreement": _("yes") if row.result.disagreement else _("no"),
            "rank_mean": row.result.ranks.get("mean"),
            "rank_median": row.result.ranks.get("median"),
            "rank_normalised": row.result.ranks.get("normalised"),
            "excluded": ", ".join(row.excluded),
        }
        for row in rows
    ]


def result_columns() -> list[tuple[str, str]]:
    return [
        ("rank", _("Rank")),
        ("entry", _("Entry reference")),
        ("title", _("Title")),
        ("category", _("Category")),
        ("mean", _("Weighted mean")),
        ("median", _("Median")),
        ("normalised", _("Normalised (mean z-score)")),
        ("count", _("Scores counted")),
        ("spread", _("Spread (max − min)")),
        ("disagreement", _("Jurors disagree")),
        ("rank_mean", _("Rank by mean")),
        ("rank_median", _("Rank by median")),
        ("rank_normalised", _("Rank by normalised score")),
        ("excluded", _("Left out (conflict of interest)")),
    ]
