"""A round's stored scores as the plain data ``results.round_results`` works on.

Only submitted reviews of assignments not withdrawn count; a review by a juror with a
conflict on the entry is left out unless a coordinator decided that its score counts.
"""

from collections import defaultdict

from .enums import ReviewState
from .models import Conflict, Criterion, Score
from .results import CriterionSpec, Sheet, round_results
from .rounds import round_entries


def round_sheets(round) -> tuple[list[int], list[CriterionSpec], list[Sheet]]:
    entries = list(round_entries(round).values_list("pk", flat=True))
    criteria = [
        CriterionSpec(id=pk, weight=weight, information_only=information_only)
        for pk, weight, information_only in Criterion.objects.filter(round=round).values_list(
            "pk", "weight", "information_only"
        )
    ]
    excluded = set(
        Conflict.objects.filter(entry__in=entries, score_counts=False).values_list(
            "entry_id", "juror_id"
        )
    )
    scores = defaultdict(dict)
    rows = Score.objects.filter(
        review__assignment__round=round,
        review__assignment__withdrawn_at__isnull=True,
        review__state=ReviewState.SUBMITTED,
    ).values_list(
        "review__assignment__entry_id", "review__assignment__juror_id", "criterion_id", "value"
    )
    for entry, juror, criterion, value in rows:
        if (entry, juror) not in excluded:
            scores[entry, juror][criterion] = value
    sheets = [
        Sheet(entry=entry, juror=juror, scores=values) for (entry, juror), values in scores.items()
    ]
    return entries, criteria, sheets


def results_for(round):
    entries, criteria, sheets = round_sheets(round)
    return round_results(entries, criteria, sheets, round.disagreement_threshold)
