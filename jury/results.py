"""A round's results from its raw scores: pure functions over plain data.

Nothing here writes to the database; the figures are derived every time from the
stored scores, which stay as the jurors gave them.

Definitions (the coordinators' results table states the same):

- A juror's **total** for an entry is the weighted mean of their scores on the
  counted criteria, ``Σ weight × score / Σ weight``, so it reads on the criteria's
  scale. Information-only criteria are left out.
- An entry's **mean** and **median** are over its jurors' totals; **count** is the
  number of totals; **spread** is max − min, flagged when above the round's threshold.
- **Normalised**: each juror's totals in the round are turned into z-scores
  (``(total − juror's mean) / juror's standard deviation``, population), and an entry's
  normalised score is the mean of its z-scores. A juror with fewer than two totals, or
  who gave every entry the same total, tells nothing about their scale: their z-score is
  0, the juror's own average.
- **Ranks**, one per method, highest first. Ties are broken by the other headline
  figure (median for mean, mean for median and normalised), then by more scores
  counted, then by the earlier entry (the order the entries are given in).
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from statistics import median

METHODS = ("mean", "median", "normalised")
_Z_PRECISION = 9


@dataclass(frozen=True)
class CriterionSpec:
    id: int
    weight: Decimal | int | Fraction = 1
    information_only: bool = False


@dataclass(frozen=True)
class Sheet:
    """One juror's submitted scores for one entry: ``{criterion id: value}``."""

    entry: int
    juror: int
    scores: dict


@dataclass
class EntryResult:
    entry: int
    totals: dict = field(default_factory=dict)  # juror → total
    z_scores: dict = field(default_factory=dict)  # juror → z
    count: int = 0
    mean: Fraction | None = None
    median: Fraction | None = None
    normalised: float | None = None
    spread: Fraction | None = None
    disagreement: bool = False
    ranks: dict = field(default_factory=dict)  # method → rank


def juror_total(scores: dict, criteria: dict) -> Fraction | None:
    """Weighted mean of the counted criteria scored; None when none was."""
    weighted = Fraction(0)
    weights = Fraction(0)
    for criterion_id, value in scores.items():
        criterion = criteria.get(criterion_id)
        if criterion is None or criterion.information_only or value is None:
            continue
        weight = Fraction(criterion.weight)
        weighted += weight * Fraction(value)
        weights += weight
    if not weights:
        return None
    return weighted / weights


def juror_z_scores(totals_by_juror: dict) -> dict:
    """``{juror: {entry: z}}`` from ``{juror: {entry: total}}``."""
    z_scores = {}
    for juror, totals in totals_by_juror.items():
        values = list(totals.values())
        if len(values) < 2:
            z_scores[juror] = dict.fromkeys(totals, 0.0)
            continue
        mean = sum(values, Fraction(0)) / len(values)
        variance = sum(((value - mean) ** 2 for value in values), Fraction(0)) / len(values)
        if not variance:
            z_scores[juror] = dict.fromkeys(totals, 0.0)
            continue
        deviation = math.sqrt(variance)
        z_scores[juror] = {
            entry: float(total - mean) / deviation for entry, total in totals.items()
        }
    return z_scores


def _rank_key(result: EntryResult, method: str, position: int) -> tuple:
    primary = getattr(result, method)
    second = result.median if method == "mean" else result.mean
    if method == "normalised":
        primary = round(primary, _Z_PRECISION)
    return (-primary, -second, -result.count, position)


def round_results(
    entries: list[int],
    criteria: list[CriterionSpec],
    sheets: list[Sheet],
    disagreement_threshold: Decimal | int | Fraction = 3,
) -> list[EntryResult]:
    """Every entry's figures and ranks; entries without a counted score come last,
    unranked, in the order given."""
    by_id = {criterion.id: criterion for criterion in criteria}
    position = {entry: index for index, entry in enumerate(entries)}
    results = {entry: EntryResult(entry=entry) for entry in entries}
    totals_by_juror = defaultdict(dict)
    for sheet in sheets:
        if sheet.entry not in results:
            continue
        total = juror_total(sheet.scores, by_id)
        if total is not None:
            results[sheet.entry].totals[sheet.juror] = total
            totals_by_juror[sheet.juror][sheet.entry] = total

    z_scores = juror_z_scores(totals_by_juror)
    threshold = Fraction(disagreement_threshold)
    for result in results.values():
        values = list(result.totals.values())
        result.count = len(values)
        if not values:
            continue
        result.mean = sum(values, Fraction(0)) / len(values)
        result.median = Fraction(median(values))
        result.spread = max(values) - min(values)
        result.disagreement = result.spread > threshold
        result.z_scores = {juror: z_scores[juror][result.entry] for juror in result.totals}
        result.normalised = sum(result.z_scores.values()) / len(values)

    scored = [result for result in results.values() if result.count]
    for method in METHODS:
        ordered = sorted(scored, key=lambda r: _rank_key(r, method, position[r.entry]))
        for rank, result in enumerate(ordered, start=1):
            result.ranks[method] = rank
    unscored = [result for result in results.values() if not result.count]
    return sorted(scored, key=lambda r: r.ranks["mean"]) + unscored
