"""Conflicts recorded by coordinators, decisions on earlier scores, the recusals export."""

import csv
import io

import pytest
from openpyxl import load_workbook

from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

from jury.enums import ConflictType, ReviewState
from jury.models import Assignment, Conflict, Criterion, Review, Score
from jury.sheets import round_sheets

from .test_coordinator_rounds import make_coordinator

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client, django_user_model):
    return make_coordinator(client, django_user_model)


ADD = "/admin/jury/conflicts/new/"


@pytest.fixture
def scored(jury_round, entries, jurors):
    criterion = Criterion.objects.create(round=jury_round, name_ky="Таасир")
    assignment = Assignment.objects.create(round=jury_round, entry=entries[0], juror=jurors[0])
    review = Review.objects.create(
        assignment=assignment, state=ReviewState.SUBMITTED, submitted_at=timezone.now()
    )
    Score.objects.create(review=review, criterion=criterion, value=7)
    return assignment


def record(client, juror, entry):
    data = {"juror": juror.pk, "entry": entry.pk, "type": "same_outlet", "reason": "Бир гезит"}
    return client.post(ADD, data)


def test_a_coordinator_records_a_conflict_on_an_assigned_pair(
    client, coordinator, jury_round, entries, jurors, scored
):
    assert record(client, jurors[0], entries[0]).status_code == 302

    conflict = Conflict.objects.get(entry__edition=jury_round.edition)
    assert (conflict.declared_by, conflict.type, conflict.score_counts) == (
        coordinator,
        ConflictType.SAME_OUTLET,
        False,
    )
    assert ModelLogEntry.objects.filter(
        action="jury.conflict.declare", object_id=str(conflict.pk), user=coordinator
    ).exists()
    assert Assignment.objects.filter(pk=scored.pk, withdrawn_at__isnull=True).exists()
    assert round_sheets(jury_round)[2] == []  # the score no longer counts
    listing = client.get(reverse("jury_assignments:index") + "?conflicted=true")
    assert entries[0].reference in listing.content.decode()

    again = record(client, jurors[0], entries[0])
    assert "is already recorded" in again.content.decode()
    assert Conflict.objects.filter(entry__edition=jury_round.edition).count() == 1


def test_only_jurors_can_be_recorded_as_conflicted(
    client, coordinator, entries, django_user_model
):
    outsider = django_user_model.objects.create_user("not-on-the-jury", password="pw")
    assert record(client, outsider, entries[0]).status_code == 200
    assert not Conflict.objects.filter(juror=outsider).exists()


def test_deciding_that_the_score_counts(client, coordinator, jury_round, entries, jurors, scored):
    conflict = Conflict.objects.create(
        juror=jurors[0], entry=entries[0], type=ConflictType.OTHER, declared_by=jurors[0]
    )
    url = reverse("jury_conflicts:edit", args=[conflict.pk])
    missing = client.post(url, {"score_counts": "on"})
    assert missing.status_code == 200
    conflict.refresh_from_db()
    assert not conflict.score_counts

    assert (
        client.post(url, {"score_counts": "on", "decision_reason": "Эрте берилген"}).status_code
        == 302
    )

    conflict.refresh_from_db()
    assert conflict.score_counts
    log = ModelLogEntry.objects.get(action="jury.conflict.decide", object_id=str(conflict.pk))
    assert log.data == {"score_counts": True, "reason": "Эрте берилген"}
    assert log.user == coordinator
    assert len(round_sheets(jury_round)[2]) == 1
    history = client.get(reverse("jury_conflicts:history", args=[conflict.pk]))
    assert "Decision on a conflicted score" in history.content.decode()


def test_recusals_are_listed_by_edition_and_exported(
    client, coordinator, jury_round, entries, jurors, scored, django_assert_max_num_queries
):
    for juror in jurors:
        Conflict.objects.create(
            juror=juror, entry=entries[0], type=ConflictType.RELATIVE, reason="Тууган"
        )
    index = reverse("jury_conflicts:index")
    with django_assert_max_num_queries(40):
        html = client.get(f"{index}?edition={jury_round.edition_id}").content.decode()
    assert html.count(entries[0].reference) >= 4

    response = client.get(f"{index}?edition={jury_round.edition_id}&export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:4] == ["Reference", "Title", "Edition", "Juror"]
    assert "Has a submitted score" in rows[0]
    assert len(rows) == 5
    first = {row[3]: row for row in rows[1:]}["test-juror1"]
    assert first[0] == entries[0].reference
    assert first[rows[0].index("Has a submitted score")] == "True"
    assert entries[0].entrant_name not in str(rows)

    xlsx = client.get(f"{index}?edition={jury_round.edition_id}&export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = list(sheet.values)
    assert values[0][0] == "Reference"
    assert len(values) == 5
