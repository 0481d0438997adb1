"""When a juror sees the other jurors' scores of an entry, and under which names.

The round decides when (``Round.score_visibility``): never; once the juror's own review
is submitted, so nobody can copy before judging; or once the round has closed. Only
submitted reviews that count are shown (a conflicted juror's is left out unless a
coordinator decided it counts), as scores and totals: comments stay with the
coordinators. Who they are shown as is the rule of ``codes``.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .codes import juror_name, peer_label
from .enums import ReviewState, ScoreVisibility
from .models import Assignment, Conflict, Score
from .results import CriterionSpec, juror_total
from .reviewing import is_closed


@dataclass(frozen=True)
class PeerRow:
    label: str
    scores: list
    total: str


@dataclass(frozen=True)
class Peers:
    visible: bool
    message: str
    rows: list


def peer_scores(assignment, review, criteria) -> Peers | None:
    round = assignment.round
    if round.score_visibility == ScoreVisibility.NEVER:
        return None
    if round.score_visibility == ScoreVisibility.AFTER_OWN:
        if review is None or review.state != ReviewState.SUBMITTED:
            return Peers(False, _("Other jurors' scores show once you submit yours."), [])
    elif not is_closed(round):
        return Peers(False, _("Other jurors' scores show once the round closes."), [])
    others = list(
        Assignment.objects.filter(round=round, entry_id=assignment.entry_id)
        .exclude(juror_id=assignment.juror_id)
        .select_related("juror", "review")
        .order_by("pk")
    )
    excluded = set(
        Conflict.objects.filter(entry_id=assignment.entry_id, score_counts=False).values_list(
            "juror_id", flat=True
        )
    )
    scores = {}
    for review_id, criterion_id, value in Score.objects.filter(
        review__assignment__in=others, review__state=ReviewState.SUBMITTED
    ).values_list("review_id", "criterion_id", "value"):
        scores.setdefault(review_id, {})[criterion_id] = value
    specs = {
        c.pk: CriterionSpec(id=c.pk, weight=c.weight, information_only=c.information_only)
        for c in criteria
    }
    rows = []
    for index, other in enumerate(others):
        other_review = getattr(other, "review", None)
        if other.juror_id in excluded or other_review is None:
            continue
        if other_review.state != ReviewState.SUBMITTED:
            continue
        given = scores.get(other_review.pk, {})
        total = juror_total(given, specs)
        label = peer_label(index) if round.blind else juror_name(other.juror)
        rows.append(
            PeerRow(
                label=label,
                scores=[given.get(c.pk, "—") for c in criteria],
                total=f"{float(total):.2f}" if total is not None else "—",
            )
        )
    return Peers(True, "" if rows else _("No other juror has submitted a review yet."), rows)
