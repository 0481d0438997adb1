"""Shortlisting into the next round: which entries a later round judges."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

from jury.assignment import auto_assign
from jury.enums import ReviewState
from jury.models import Assignment, Criterion, Review, Round, Score, Shortlisting
from jury.rounds import next_round, previous_round, round_entries
from jury.sheets import round_sheets
from jury.shortlist import top_entries

from .test_coordinator_rounds import make_coordinator

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client, django_user_model):
    return make_coordinator(client, django_user_model)


@pytest.fixture
def final(jury_round):
    today = datetime.date.today()
    return Round.objects.create(
        edition=jury_round.edition, name="Финал", position=1, starts_on=today, ends_on=today
    )


@pytest.fixture
def ranked(jury_round, entries, jurors):
    """Entries scored 2, 9, 5, 7, 4, 1 by one juror: best first 1, 3, 2, 4, 0, 5."""
    criterion = Criterion.objects.create(round=jury_round, name_ky="Таасир")
    for entry, value in zip(entries, [2, 9, 5, 7, 4, 1], strict=True):
        assignment = Assignment.objects.create(round=jury_round, entry=entry, juror=jurors[0])
        review = Review.objects.create(
            assignment=assignment, state=ReviewState.SUBMITTED, submitted_at=timezone.now()
        )
        Score.objects.create(review=review, criterion=criterion, value=value)
    return entries


def test_rounds_follow_each_other(jury_round, final):
    assert next_round(jury_round) == final
    assert previous_round(final) == jury_round
    assert next_round(final) is None


def test_a_later_round_judges_its_shortlisted_entries_only(
    jury_round, final, entries, jurors, coordinator
):
    assert list(round_entries(jury_round)) == entries
    assert list(round_entries(final)) == []
    Shortlisting.objects.create(round=final, from_round=jury_round, entry=entries[2])
    assert list(round_entries(final)) == [entries[2]]
    auto_assign(final, per_entry=2, max_per_juror=5)
    assert set(final.assignments.values_list("entry_id", flat=True)) == {entries[2].pk}
    assert round_sheets(final)[0] == [entries[2].pk]


def test_top_k_by_the_headline_method(jury_round, ranked):
    assert top_entries(jury_round, 3) == [ranked[1].pk, ranked[3].pk, ranked[2].pk]


def test_shortlisting_by_checkbox_and_by_rank(client, coordinator, jury_round, final, ranked):
    url = reverse("jury_rounds:shortlist", args=[jury_round.pk])
    page = client.get(url).content.decode()
    assert "Финал" in page
    assert page.index(ranked[1].reference) < page.index(ranked[5].reference)

    response = client.post(url, {"entries": [ranked[5].pk], "top": 2}, follow=True)

    assert "3 entries shortlisted into “Финал”." in response.content.decode()
    chosen = set(Shortlisting.objects.filter(round=final).values_list("entry_id", flat=True))
    assert chosen == {ranked[5].pk, ranked[1].pk, ranked[3].pk}
    logs = ModelLogEntry.objects.filter(action="jury.shortlist", object_id=str(final.pk))
    assert logs.count() == 3
    assert logs.first().user == coordinator

    client.post(url, {"top": 2})
    assert Shortlisting.objects.filter(round=final).count() == 3


def test_shortlisting_is_refused_without_a_next_round_or_a_choice(
    client, coordinator, jury_round, final, ranked, edition
):
    last = reverse("jury_rounds:shortlist", args=[final.pk])
    assert "add the next round" in client.get(last).content.decode()
    assert (
        "Choose entries"
        in client.post(reverse("jury_rounds:shortlist", args=[jury_round.pk]), {}).content.decode()
    )
    assert not Shortlisting.objects.exists()


def test_entries_outside_the_round_cannot_be_shortlisted(
    client, coordinator, jury_round, final, ranked
):
    Shortlisting.objects.create(round=final, from_round=jury_round, entry=ranked[0])
    later = Round.objects.create(
        edition=jury_round.edition,
        name="Сыйлык",
        position=2,
        starts_on=final.starts_on,
        ends_on=final.ends_on,
    )
    response = client.post(
        reverse("jury_rounds:shortlist", args=[final.pk]), {"entries": [ranked[1].pk]}
    )
    assert response.status_code == 200
    assert not Shortlisting.objects.filter(round=later).exists()
