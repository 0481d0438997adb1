"""The score maths against tables computed by hand (see each test's comment)."""

import math
from fractions import Fraction

import pytest

from jury.results import CriterionSpec, Sheet, juror_total, round_results

A, B, C = 1, 2, 3  # criteria ids
CRITERIA = [
    CriterionSpec(id=A, weight=2),
    CriterionSpec(id=B, weight=1),
    CriterionSpec(id=C, weight=5, information_only=True),
]


def by_entry(results):
    return {result.entry: result for result in results}


def sheets(table):
    """``{entry: {juror: total}}`` with one criterion of weight 1."""
    return [
        Sheet(entry=entry, juror=juror, scores={A: value})
        for entry, row in table.items()
        for juror, value in row.items()
    ]


def test_weights_median_spread_and_information_only():
    # Totals = (2·A + B) / 3; C is information only and never counts.
    # E1: J1 (2·9+3)/3 = 7, J2 8, J3 (2·2+5)/3 = 3 → mean 6, median 7, spread 5 (flagged)
    # E2: J1 (12+9)/3 = 7, J2 (14+4)/3 = 6, J3 6 → mean 19/3, median 6, spread 1
    # E3: J1 5, J2 10 → mean 7.5, median 7.5 (even count), spread 5 (flagged)
    table = [
        Sheet(1, "J1", {A: 9, B: 3, C: 1}),
        Sheet(1, "J2", {A: 8, B: 8, C: 1}),
        Sheet(1, "J3", {A: 2, B: 5, C: 10}),
        Sheet(2, "J1", {A: 6, B: 9}),
        Sheet(2, "J2", {A: 7, B: 4}),
        Sheet(2, "J3", {A: 6, B: 6}),
        Sheet(3, "J1", {A: 5, B: 5}),
        Sheet(3, "J2", {A: 10, B: 10}),
    ]
    results = by_entry(round_results([1, 2, 3], CRITERIA, table, disagreement_threshold=3))

    assert results[1].totals == {"J1": 7, "J2": 8, "J3": 3}
    assert (results[1].mean, results[1].median, results[1].count) == (6, 7, 3)
    assert (results[1].spread, results[1].disagreement) == (5, True)
    assert results[2].mean == Fraction(19, 3)
    assert (results[2].median, results[2].spread, results[2].disagreement) == (6, 1, False)
    assert (results[3].mean, results[3].median) == (Fraction(15, 2), Fraction(15, 2))
    assert results[3].disagreement is True
    # The methods disagree on E1 and E2: mean puts E2 first, median E1.
    assert [results[e].ranks["mean"] for e in (1, 2, 3)] == [3, 2, 1]
    assert [results[e].ranks["median"] for e in (1, 2, 3)] == [2, 3, 1]


def test_spread_equal_to_the_threshold_is_not_flagged():
    results = by_entry(round_results([1], CRITERIA, sheets({1: {"J1": 4, "J2": 7}}), 3))
    assert (results[1].spread, results[1].disagreement) == (3, False)


def test_missing_optional_criterion_is_left_out_of_the_weights():
    assert juror_total({A: 7}, {c.id: c for c in CRITERIA}) == 7
    assert juror_total({C: 9}, {c.id: c for c in CRITERIA}) is None


def test_z_scores_correct_a_harsh_juror_scoring_a_different_subset():
    # J1: E1 5, E3 7 → mean 6, sd 1 → z E1 −1, E3 +1
    # J2: E2 8, E3 6 → z E2 +1, E3 −1
    # H (harsh): E2 4, E4 2 → mean 3, sd 1 → z E2 +1, E4 −1
    # J4 scored one entry only: z 0 (no scale to learn from)
    # Raw means: E1 (5+10)/2 = 7.5, E3 6.5, E2 6, E4 2
    # Normalised: E2 (1+1)/2 = 1, E3 0, E1 (−1+0)/2 = −0.5, E4 −1
    table = {1: {"J1": 5, "J4": 10}, 2: {"J2": 8, "H": 4}, 3: {"J1": 7, "J2": 6}, 4: {"H": 2}}
    results = by_entry(round_results([1, 2, 3, 4], CRITERIA, sheets(table)))

    assert results[1].z_scores == {"J1": -1, "J4": 0}
    assert results[2].z_scores == {"J2": 1, "H": 1}
    assert [results[e].mean for e in (1, 2, 3, 4)] == [7.5, 6, 6.5, 2]
    assert [results[e].normalised for e in (1, 2, 3, 4)] == [-0.5, 1, 0, -1]
    assert [results[e].ranks["mean"] for e in (1, 2, 3, 4)] == [1, 3, 2, 4]
    assert [results[e].ranks["normalised"] for e in (1, 2, 3, 4)] == [3, 1, 2, 4]


def test_z_scores_with_an_uneven_spread():
    # J1: 9, 9, 6 → mean 8, variance (1+1+4)/3 = 2 → z 1/√2, 1/√2, −2/√2
    table = {1: {"J1": 9}, 2: {"J1": 9}, 3: {"J1": 6}}
    results = by_entry(round_results([1, 2, 3], CRITERIA, sheets(table)))
    assert results[1].normalised == pytest.approx(1 / math.sqrt(2))
    assert results[3].normalised == pytest.approx(-math.sqrt(2))


def test_a_juror_who_gives_everyone_the_same_total_counts_as_average():
    table = {1: {"J1": 6, "J2": 9}, 2: {"J1": 6, "J2": 3}}
    results = by_entry(round_results([1, 2], CRITERIA, sheets(table)))
    assert results[1].z_scores == {"J1": 0.0, "J2": 1.0}
    assert results[2].z_scores == {"J1": 0.0, "J2": -1.0}


def test_tie_break_rule():
    # Every scored entry has mean 7.
    # E4 median 8 → first by mean (second figure: median)
    # E2 median 7 with three scores → before E1 and E3 (more scores)
    # E1 and E3: same mean, median and count → the earlier entry, E1, first
    # E5 has no score: last, unranked
    table = {
        1: {"J1": 6, "J2": 8},
        2: {"J1": 7, "J2": 7, "J3": 7},
        3: {"J1": 5, "J2": 9},
        4: {"J1": 8, "J2": 8, "J3": 5},
    }
    results = round_results([1, 2, 3, 4, 5], CRITERIA, sheets(table))
    assert [result.entry for result in results] == [4, 2, 1, 3, 5]
    ranked = by_entry(results)
    assert [ranked[e].ranks["mean"] for e in (4, 2, 1, 3)] == [1, 2, 3, 4]
    # Median: E4 8 first; the others tie on median and mean, then count, then order.
    assert [ranked[e].ranks["median"] for e in (4, 2, 1, 3)] == [1, 2, 3, 4]
    assert ranked[5].ranks == {}
    assert ranked[5].mean is None
    assert ranked[5].count == 0


def test_earlier_entry_wins_a_full_tie_whatever_the_ids():
    table = {10: {"J1": 7}, 3: {"J1": 7}}
    results = round_results([10, 3], CRITERIA, sheets(table))
    assert [result.entry for result in results] == [10, 3]


def test_sheets_for_entries_outside_the_round_are_ignored():
    results = round_results([1], CRITERIA, sheets({1: {"J1": 5}, 2: {"J1": 9}}))
    assert [result.entry for result in results] == [1]
    assert results[0].z_scores == {"J1": 0.0}
