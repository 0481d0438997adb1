"""Assignments by hand, withdrawals and the auto-assign button in the coordinators' admin."""

from collections import Counter

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

from contests.enums import EntryState
from jury.enums import AssignmentOrigin, ConflictType, ReviewState
from jury.models import Assignment, Conflict, Criterion, Review, Score
from jury.sheets import round_sheets
from tests.contests.factories import ContestEditionPageFactory

from .conftest import make_entry
from .test_coordinator_rounds import make_coordinator

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client, django_user_model):
    return make_coordinator(client, django_user_model)


ADD = "/admin/jury/assignments/new/"


def add(client, round, entry, juror):
    return client.post(ADD, {"round": round.pk, "entry": entry.pk, "juror": juror.pk})


def test_an_entry_is_assigned_by_hand_and_logged(client, coordinator, jury_round, entries, jurors):
    response = add(client, jury_round, entries[0], jurors[0])
    assert response.status_code == 302
    assignment = Assignment.objects.get(round=jury_round)
    assert (assignment.origin, assignment.assigned_by) == (AssignmentOrigin.MANUAL, coordinator)
    log = ModelLogEntry.objects.get(action="jury.assign", object_id=str(assignment.pk))
    assert log.user == coordinator
    history = client.get(reverse("jury_assignments:history", args=[assignment.pk]))
    assert "Entry assigned to a juror" in history.content.decode()


def test_hand_assignments_are_refused_with_reasons(
    client, coordinator, jury_round, entries, jurors, django_user_model
):
    Conflict.objects.create(juror=jurors[1], entry=entries[0], type=ConflictType.BUSINESS)
    Assignment.objects.create(round=jury_round, entry=entries[2], juror=jurors[0])
    entries[3].state = EntryState.INELIGIBLE
    entries[3].save()
    elsewhere = make_entry(ContestEditionPageFactory(parent=jury_round.edition.get_parent()), 77)
    outsider = django_user_model.objects.create_user("not-on-the-jury", password="pw")
    cases = [
        (entries[0], jurors[1], "has a conflict of interest"),
        (entries[2], jurors[0], "already assigned"),
        (entries[3], jurors[0], "Select a valid choice"),
        (elsewhere, jurors[0], "Select a valid choice"),
        (entries[4], outsider, "Select a valid choice"),
    ]
    for entry, juror, message in cases:
        response = add(client, jury_round, entry, juror)
        assert response.status_code == 200, message
        assert message in response.content.decode(), message
    assert Assignment.objects.filter(round=jury_round).count() == 1


def score(assignment, criterion, value):
    review = Review.objects.create(
        assignment=assignment, state=ReviewState.SUBMITTED, submitted_at=timezone.now()
    )
    Score.objects.create(review=review, criterion=criterion, value=value)


def test_withdrawing_keeps_the_record_and_frees_the_slot(
    client, coordinator, jury_round, entries, jurors
):
    assignment = Assignment.objects.create(round=jury_round, entry=entries[0], juror=jurors[0])
    url = reverse("jury_assignments:withdraw", args=[assignment.pk])
    assert "Withdraw entry" in client.get(url).content.decode()

    assert client.post(url).status_code == 302

    assignment.refresh_from_db()
    assert assignment.withdrawn_at is not None
    assert assignment.withdrawn_by == coordinator
    assert ModelLogEntry.objects.filter(action="jury.unassign", object_id=str(assignment.pk))
    client.post(url)  # already withdrawn: nothing more happens
    assert ModelLogEntry.objects.filter(action="jury.unassign").count() == 1
    client.force_login(jurors[0])
    assert client.get("/admin/jury/my-entries/").context["rounds"] == []


def test_withdrawing_a_scored_review_needs_a_confirmation(
    client, coordinator, jury_round, entries, jurors
):
    criterion = Criterion.objects.create(round=jury_round, name_ky="Таасир")
    assignment = Assignment.objects.create(round=jury_round, entry=entries[0], juror=jurors[0])
    score(assignment, criterion, 7)
    url = reverse("jury_assignments:withdraw", args=[assignment.pk])
    assert "already given 1 score" in client.get(url).content.decode()

    response = client.post(url)
    assert response.status_code == 200
    assert "confirm that they will no longer count" in response.content.decode()
    assignment.refresh_from_db()
    assert assignment.withdrawn_at is None
    assert round_sheets(jury_round)[2]

    assert client.post(url, {"confirm_scores": "on"}).status_code == 302
    assignment.refresh_from_db()
    assert assignment.withdrawn_at is not None
    assert round_sheets(jury_round)[2] == []
    log = ModelLogEntry.objects.get(action="jury.unassign")
    assert log.data["scores_dropped"] == 1


def test_the_auto_assign_button(client, coordinator, jury_round, entries, jurors):
    manual = Assignment.objects.create(round=jury_round, entry=entries[0], juror=jurors[3])
    withdrawn = Assignment.objects.create(
        round=jury_round,
        entry=entries[1],
        juror=jurors[0],
        withdrawn_at=timezone.now(),
        withdrawn_by=coordinator,
    )
    Conflict.objects.create(juror=jurors[1], entry=entries[2], type=ConflictType.RELATIVE)
    url = reverse("jury_rounds:auto_assign", args=[jury_round.pk])
    assert "Jurors per entry" in client.get(url).content.decode()

    response = client.post(url, {"per_entry": 2, "max_per_juror": 3}, follow=True)

    assert "11 assignments added." in response.content.decode()
    current = Assignment.objects.current().filter(round=jury_round)
    assert Counter(current.values_list("entry_id", flat=True)) == dict.fromkeys(
        [entry.pk for entry in entries], 2
    )
    assert max(Counter(current.values_list("juror_id", flat=True)).values()) == 3
    pairs = set(current.values_list("entry_id", "juror_id"))
    assert (entries[2].pk, jurors[1].pk) not in pairs
    assert (entries[1].pk, jurors[0].pk) not in pairs  # withdrawn, not given back
    assert Assignment.objects.get(pk=manual.pk).origin == AssignmentOrigin.MANUAL
    assert Assignment.objects.get(pk=withdrawn.pk).withdrawn_at is not None

    again = client.post(url, {"per_entry": 2, "max_per_juror": 3}, follow=True)
    assert "0 assignments added." in again.content.decode()
    assert Assignment.objects.filter(round=jury_round).count() == 13


def test_auto_assign_reports_shortfalls_and_refuses_bad_numbers(
    client, coordinator, jury_round, entries, jurors
):
    url = reverse("jury_rounds:auto_assign", args=[jury_round.pk])
    assert client.post(url, {"per_entry": 0, "max_per_juror": 3}).status_code == 200
    assert client.post(url, {"per_entry": "x", "max_per_juror": ""}).status_code == 200
    assert not Assignment.objects.filter(round=jury_round).exists()
    response = client.post(url, {"per_entry": 3, "max_per_juror": 1}, follow=True)
    assert "entries still lack 14 jurors" in response.content.decode()


def test_the_listing_filters_and_marks_conflicts(
    client, coordinator, jury_round, entries, jurors, django_assert_max_num_queries
):
    for entry in entries:
        for juror in jurors[:3]:
            Assignment.objects.create(round=jury_round, entry=entry, juror=juror)
    Conflict.objects.create(juror=jurors[0], entry=entries[5], type=ConflictType.PERSONAL)
    index = reverse("jury_assignments:index")
    with django_assert_max_num_queries(40):
        html = client.get(f"{index}?round={jury_round.pk}").content.decode()
    assert html.count(entries[0].reference) >= 3
    conflicted = client.get(f"{index}?conflicted=true").content.decode()
    assert entries[5].reference in conflicted
    assert entries[4].reference not in conflicted
    mine = client.get(f"{index}?juror={jurors[1].pk}")
    assert {row.juror for row in mine.context["object_list"]} == {jurors[1]}
    assert f"{reverse('jury_assignments:add')}?round={jury_round.pk}" in html
