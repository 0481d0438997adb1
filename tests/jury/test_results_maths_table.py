"""The score maths of a whole round, from stored scores, against a table worked by hand.

Criteria: A (weight 2), B (weight 1), C (weight 1, optional) and I (information only).
A juror's total is (2·A + B + C) / 4, or (2·A + B) / 3 when C is left out; I never counts.
Jurors J1, J2, J3 and H, whose scale is harsh (nothing above 4.5). Five entries, each
scored by a different subset of jurors. J3 also scored E2 but has a conflict on it (left
out), and J2's review of E1 is a draft (not counted). Disagreement threshold: 4.5.

Totals (rows: entries; columns: jurors)

        J1                    J2                    J3                     H
  E1    (18+7+7)/4 = 8        draft                 (20+8+8)/4 = 9         (8+5+5)/4 = 4.5
  E2    (12+5+7)/4 = 6        (16+6+6)/4 = 7        conflict (left out)
  E3    (14+8+6)/4 = 7        (18+10+8)/4 = 9                              (6+4+4)/4 = 3.5
  E4                          (8+6+6)/4 = 5         (10+7+7)/4 = 6
  E5                          (16+5)/3 = 7 (no C)   (14+4+6)/4 = 6         (4+3+3)/4 = 2.5

Each juror's scale (population standard deviation):
  J1: 8, 6, 7        mean 7,   variance (1+1+0)/3 = 2/3, sd √(2/3) → z +√1.5, −√1.5, 0
  J2: 7, 9, 5, 7     mean 7,   variance (0+4+4+0)/4 = 2, sd √2     → z 0, +√2, −√2, 0
  J3: 9, 6, 6        mean 7,   variance (4+1+1)/3 = 2,   sd √2     → z +√2, −1/√2, −1/√2
  H:  4.5, 3.5, 2.5  mean 3.5, variance (1+0+1)/3 = 2/3           → z +√1.5, 0, −√1.5
  (√1.5 = 1.2247449, √2 = 1.4142136, 1/√2 = 0.7071068)

Per entry
        mean                    median  count  spread         normalised (mean of z)
  E1    (8+9+4.5)/3 = 43/6      8       3      9−4.5 = 4.5    (√1.5+√2+√1.5)/3 = 1.2879011
  E2    (6+7)/2 = 6.5           6.5     2      1              (−√1.5+0)/2 = −0.6123724
  E3    (7+9+3.5)/3 = 6.5       7       3      9−3.5 = 5.5 ⚑  (0+√2+0)/3 = 0.4714045
  E4    (5+6)/2 = 5.5           5.5     2      1              (−√2−1/√2)/2 = −1.0606602
  E5    (7+6+2.5)/3 = 31/6      6       3      7−2.5 = 4.5    (0−1/√2−√1.5)/3 = −0.6439506
  (⚑ above 4.5; E1 and E5 are at the threshold, not above it)

Ranks
  mean:        E1 43/6; E2 and E3 tie at 6.5 → tie-break by median: E3 (7) before
               E2 (6.5); E4 5.5; E5 31/6 ≈ 5.17             → E1, E3, E2, E4, E5
  median:      E1 8, E3 7, E2 6.5, E5 6, E4 5.5             → E1, E3, E2, E5, E4
  normalised:  E1, E3, E2 (−0.612), E5 (−0.644), E4 (−1.061): the harsh juror's low totals
               no longer sink E5 below E4, as they do on the raw mean.
"""

import math
from decimal import Decimal
from fractions import Fraction

import pytest

from jury.enums import ConflictType, ReviewState
from jury.models import Conflict, Criterion
from jury.sheets import results_for

from .conftest import make_entry
from .scoring import review

pytestmark = pytest.mark.django_db

SQRT_1_5 = math.sqrt(1.5)
SQRT_2 = math.sqrt(2)


@pytest.fixture
def table(jury_round, edition, jurors):
    jury_round.disagreement_threshold = Decimal("4.5")
    jury_round.save()
    entries = [make_entry(edition, number) for number in range(1, 6)]
    e1, e2, e3, e4, e5 = entries
    j1, j2, j3, h = jurors

    def criterion(name, weight, **fields):
        return Criterion.objects.create(
            round=jury_round, name_ky=name, weight=Decimal(weight), **fields
        )

    a = criterion("A", "2")
    b = criterion("B", "1")
    c = criterion("C", "1", required=False)
    i = criterion("I", "0", information_only=True)

    def scores(a_value, b_value, c_value=None, info=10):
        values = {a: a_value, b: b_value, i: info}
        if c_value is not None:
            values[c] = c_value
        return values

    review(jury_round, e1, j1, scores(9, 7, 7, info=1))
    review(jury_round, e2, j1, scores(6, 5, 7))
    review(jury_round, e3, j1, scores(7, 8, 6))
    review(jury_round, e1, j2, scores(10, 10, 10), state=ReviewState.DRAFT)
    review(jury_round, e2, j2, scores(8, 6, 6, info=1))
    review(jury_round, e3, j2, scores(9, 10, 8))
    review(jury_round, e4, j2, scores(4, 6, 6))
    review(jury_round, e5, j2, scores(8, 5))
    review(jury_round, e1, j3, scores(10, 8, 8))
    review(jury_round, e2, j3, scores(1, 1, 1))
    review(jury_round, e4, j3, scores(5, 7, 7))
    review(jury_round, e5, j3, scores(7, 4, 6))
    review(jury_round, e1, h, scores(4, 5, 5, info=10))
    review(jury_round, e3, h, scores(3, 4, 4))
    review(jury_round, e5, h, scores(2, 3, 3))
    Conflict.objects.create(juror=j3, entry=e2, type=ConflictType.SAME_OUTLET)
    results = {result.entry: result for result in results_for(jury_round)}
    names = dict(zip([entry.pk for entry in entries], ["E1", "E2", "E3", "E4", "E5"], strict=True))
    jurors_by_pk = {j1.pk: "J1", j2.pk: "J2", j3.pk: "J3", h.pk: "H"}
    return {names[pk]: result for pk, result in results.items()}, jurors_by_pk


def totals(result, jurors_by_pk):
    return {jurors_by_pk[juror]: total for juror, total in result.totals.items()}


def test_juror_totals_weights_optional_criterion_conflict_and_draft(table):
    results, jurors = table
    assert totals(results["E1"], jurors) == {"J1": 8, "J3": 9, "H": Fraction(9, 2)}
    assert totals(results["E2"], jurors) == {"J1": 6, "J2": 7}  # J3 conflicted
    assert totals(results["E3"], jurors) == {"J1": 7, "J2": 9, "H": Fraction(7, 2)}
    assert totals(results["E4"], jurors) == {"J2": 5, "J3": 6}
    assert totals(results["E5"], jurors) == {"J2": 7, "J3": 6, "H": Fraction(5, 2)}


def test_means_medians_counts_and_spreads(table):
    results, _jurors = table
    figures = {
        name: (result.mean, result.median, result.count, result.spread, result.disagreement)
        for name, result in results.items()
    }
    assert figures == {
        "E1": (Fraction(43, 6), 8, 3, Fraction(9, 2), False),
        "E2": (Fraction(13, 2), Fraction(13, 2), 2, 1, False),
        "E3": (Fraction(13, 2), 7, 3, Fraction(11, 2), True),
        "E4": (Fraction(11, 2), Fraction(11, 2), 2, 1, False),
        "E5": (Fraction(31, 6), 6, 3, Fraction(9, 2), False),
    }


def test_z_scores_correct_the_harsh_juror(table):
    results, jurors = table
    z = {
        name: {jurors[j]: value for j, value in r.z_scores.items()} for name, r in results.items()
    }
    assert z["E1"] == pytest.approx({"J1": SQRT_1_5, "J3": SQRT_2, "H": SQRT_1_5})
    assert z["E2"] == pytest.approx({"J1": -SQRT_1_5, "J2": 0})
    assert z["E3"] == pytest.approx({"J1": 0, "J2": SQRT_2, "H": 0})
    assert z["E4"] == pytest.approx({"J2": -SQRT_2, "J3": -1 / SQRT_2})
    assert z["E5"] == pytest.approx({"J2": 0, "J3": -1 / SQRT_2, "H": -SQRT_1_5})
    normalised = {name: result.normalised for name, result in results.items()}
    assert normalised == pytest.approx(
        {
            "E1": 1.2879011,
            "E2": -0.6123724,
            "E3": 0.4714045,
            "E4": -1.0606602,
            "E5": -0.6439506,
        },
        abs=1e-7,
    )


def test_ranks_under_each_method_with_the_tie_broken_by_the_median(table):
    results, _jurors = table

    def order(method):
        return sorted(results, key=lambda name: results[name].ranks[method])

    assert results["E2"].mean == results["E3"].mean  # the tie
    assert order("mean") == ["E1", "E3", "E2", "E4", "E5"]
    assert order("median") == ["E1", "E3", "E2", "E5", "E4"]
    assert order("normalised") == ["E1", "E3", "E2", "E5", "E4"]
