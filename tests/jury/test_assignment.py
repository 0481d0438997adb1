"""Automatic assignment: N jurors per entry, caps, conflicts, balance, idempotence."""

from collections import Counter

import pytest

from wagtail.models import ModelLogEntry

from contests.enums import EntryState
from jury.assignment import auto_assign, plan
from jury.enums import AssignmentOrigin, ConflictType
from jury.models import Assignment, Conflict

from .conftest import make_entry

pytestmark = pytest.mark.django_db


def loads(round):
    return Counter(round.assignments.values_list("juror_id", flat=True))


def per_entry(round):
    return Counter(round.assignments.values_list("entry_id", flat=True))


def test_each_entry_gets_n_jurors_and_the_load_is_balanced(jury_round, entries, jurors):
    logged = ModelLogEntry.objects.filter(action="jury.assign").count()  # the demo's
    result = auto_assign(jury_round, per_entry=2, max_per_juror=5)

    assert len(result.new) == 12
    assert result.short == {}
    assert set(per_entry(jury_round).values()) == {2}
    # 12 assignments over 4 jurors: exactly 3 each.
    assert set(loads(jury_round).values()) == {3}
    assert set(jury_round.assignments.values_list("origin", flat=True)) == {AssignmentOrigin.AUTO}
    assert ModelLogEntry.objects.filter(action="jury.assign").count() == logged + 12


def test_no_juror_gets_more_than_the_cap_and_shortfalls_are_reported(jury_round, entries, jurors):
    result = auto_assign(jury_round, per_entry=3, max_per_juror=4)

    assert max(loads(jury_round).values()) == 4
    assert jury_round.assignments.count() == 16  # 4 jurors × cap 4 < 6 entries × 3
    assert sum(result.short.values()) == 18 - 16


def test_conflicted_jurors_are_never_assigned(jury_round, entries, jurors):
    for juror in jurors[:3]:
        Conflict.objects.create(
            juror=juror, entry=entries[0], type=ConflictType.SAME_OUTLET, declared_by=juror
        )
    result = auto_assign(jury_round, per_entry=2, max_per_juror=6)

    assert list(entries[0].jury_assignments.values_list("juror", flat=True)) == [jurors[3].pk]
    assert result.short == {entries[0].pk: 1}
    conflicted = set(Conflict.objects.values_list("entry_id", "juror_id"))
    assert not conflicted & set(jury_round.assignments.values_list("entry_id", "juror_id"))


def test_rerunning_adds_nothing_and_keeps_manual_choices(jury_round, entries, jurors):
    manual = Assignment.objects.create(round=jury_round, entry=entries[0], juror=jurors[3])
    auto_assign(jury_round, per_entry=2, max_per_juror=3)
    before = set(jury_round.assignments.values_list("pk", "entry_id", "juror_id", "origin"))

    again = auto_assign(jury_round, per_entry=2, max_per_juror=3)

    assert again.new == []
    assert set(jury_round.assignments.values_list("pk", "entry_id", "juror_id", "origin")) == (
        before
    )
    manual.refresh_from_db()
    assert manual.origin == AssignmentOrigin.MANUAL
    assert per_entry(jury_round)[entries[0].pk] == 2


def test_rerunning_fills_gaps_left_by_new_entries_and_conflicts(jury_round, entries, jurors):
    auto_assign(jury_round, per_entry=2, max_per_juror=4)
    late = make_entry(jury_round.edition, 99)
    recused = jury_round.assignments.filter(entry=entries[1]).first()
    Conflict.objects.create(
        juror=recused.juror, entry=entries[1], type=ConflictType.RELATIVE, reason="Бир тууган"
    )

    result = auto_assign(jury_round, per_entry=2, max_per_juror=4)

    assert {entry for entry, _juror in result.new} == {late.pk, entries[1].pk}
    assert jury_round.assignments.filter(pk=recused.pk).exists()  # kept, not undone
    working = jury_round.assignments.filter(entry=entries[1]).exclude(juror=recused.juror)
    assert working.count() == 2


def test_only_eligible_entries_of_the_round_edition(jury_round, entries, jurors):
    entries[0].state = EntryState.INELIGIBLE
    entries[0].save()
    auto_assign(jury_round, per_entry=1, max_per_juror=6)
    assert not entries[0].jury_assignments.exists()
    assert jury_round.assignments.count() == 5


def test_only_the_jurors_given_are_drawn_when_some_are_given(jury_round, entries, jurors):
    auto_assign(jury_round, per_entry=1, max_per_juror=6, jurors=jurors[:2])
    assert set(loads(jury_round)) == {jurors[0].pk, jurors[1].pk}
    assert set(loads(jury_round).values()) == {3}


def test_bad_parameters_are_refused(jury_round):
    with pytest.raises(ValueError, match="at least 1"):
        auto_assign(jury_round, per_entry=0, max_per_juror=3)


def test_plan_balances_from_existing_load():
    # Juror "a" already has two entries by hand: the new ones go to "b" and "c" first.
    existing = {(1, "a"), (2, "a")}
    result = plan([1, 2, 3, 4], ["a", "b", "c"], existing, set(), per_entry=1, max_per_juror=9)
    assert result.new == [(3, "b"), (4, "c")]
    result = plan([1, 2, 3, 4], ["a", "b", "c"], existing, set(), per_entry=2, max_per_juror=9)
    final = Counter(juror for _entry, juror in existing | set(result.new))
    assert max(final.values()) - min(final.values()) <= 1
