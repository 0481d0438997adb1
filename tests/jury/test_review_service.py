"""The review's state machine: drafts, submission, locking, reopening, the deadline."""

import datetime

import pytest

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.utils import timezone

from wagtail.models import ModelLogEntry

from jury import reviewing
from jury.enums import ReviewState
from jury.models import Conflict, Review, Score

from .review_data import assign, coordinator, make_criteria, make_round, scores

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_demo_juries")]


@pytest.fixture
def setup(edition, entries, jurors):
    jury_round = make_round(edition, start=-1, end=1)
    criteria = make_criteria(jury_round)
    assignment = assign(jury_round, entries[0], jurors[0])
    return jury_round, criteria, assignment


def stored(review):
    return dict(Score.objects.filter(review=review).values_list("criterion_id", "value"))


def test_a_draft_keeps_what_is_given_and_logs_the_change(setup, jurors):
    _round, criteria, assignment = setup
    review = reviewing.save_draft(assignment, jurors[0], scores(criteria, 7), "Жакшы")
    assert review.state == ReviewState.DRAFT
    assert stored(review) == {criteria[0].pk: 7}
    reviewing.save_draft(assignment, jurors[0], scores(criteria, "8", 3), "Жакшы")
    assert stored(review) == {criteria[0].pk: 8, criteria[1].pk: 3}

    entries = ModelLogEntry.objects.filter(action="jury.review.draft").order_by("pk")
    assert entries.count() == 2
    last = entries.last()
    assert last.user == jurors[0]
    changes = {c["criterion"]: (c["old"], c["new"]) for c in last.data["changes"]}
    assert changes == {criteria[0].pk: (7, 8), criteria[1].pk: (None, 3)}


def test_submit_needs_every_required_criterion_but_not_information_only(setup, jurors):
    _round, criteria, assignment = setup
    with pytest.raises(ValidationError) as caught:
        reviewing.submit(assignment, jurors[0], scores(criteria, 7))
    errors = caught.value.message_dict
    assert set(errors) == {reviewing.criterion_field(criteria[1].pk)}
    assert not Review.objects.filter(state=ReviewState.SUBMITTED).exists()

    review = reviewing.submit(assignment, jurors[0], scores(criteria, 7, 4))
    assert review.state == ReviewState.SUBMITTED
    assert review.submitted_at
    assert stored(review) == {criteria[0].pk: 7, criteria[1].pk: 4}
    assert ModelLogEntry.objects.filter(action="jury.review.submit").count() == 1


def test_an_information_only_criterion_marked_required_is_required(setup, jurors):
    _round, criteria, assignment = setup
    criteria[2].required = True
    criteria[2].save()
    with pytest.raises(ValidationError) as caught:
        reviewing.submit(assignment, jurors[0], scores(criteria, 7, 4))
    assert reviewing.criterion_field(criteria[2].pk) in caught.value.message_dict


@pytest.mark.parametrize("bad", [0, 11, "7.5", "seven", True])
def test_scores_stay_within_the_scale(setup, jurors, bad):
    _round, criteria, assignment = setup
    with pytest.raises(ValidationError) as caught:
        reviewing.save_draft(assignment, jurors[0], scores(criteria, bad, 3))
    message = caught.value.message_dict[reviewing.criterion_field(criteria[0].pk)][0]
    assert "1" in message
    assert "10" in message


def test_a_refused_value_leaves_the_stored_scores_intact(setup, jurors):
    _round, criteria, assignment = setup
    review = reviewing.save_draft(assignment, jurors[0], scores(criteria, 7, 4), "first")
    with pytest.raises(ValidationError):
        reviewing.save_draft(assignment, jurors[0], scores(criteria, 9, 6), "second")
    review.refresh_from_db()
    assert stored(review) == {criteria[0].pk: 7, criteria[1].pk: 4}
    assert review.comment == "first"
    assert ModelLogEntry.objects.filter(action="jury.review.draft").count() == 1


def test_a_criterion_of_another_round_is_refused(setup, edition, jurors):
    _round, _criteria, assignment = setup
    other = make_criteria(make_round(edition, name="Финал"))
    with pytest.raises(ValidationError) as caught:
        reviewing.save_draft(assignment, jurors[0], {other[0].pk: 5})
    assert NON_FIELD_ERRORS in caught.value.message_dict
    assert not Score.objects.exists()


def test_a_submitted_review_is_locked_until_a_coordinator_reopens_it(
    setup, jurors, django_user_model
):
    _round, criteria, assignment = setup
    review = reviewing.submit(assignment, jurors[0], scores(criteria, 7, 4))
    for act in (reviewing.save_draft, reviewing.submit):
        with pytest.raises(ValidationError) as caught:
            act(assignment, jurors[0], scores(criteria, 2, 2))
        assert "locked" in " ".join(caught.value.messages)
    assert stored(review) == {criteria[0].pk: 7, criteria[1].pk: 4}

    with pytest.raises(PermissionDenied):
        reviewing.reopen(review, jurors[0], "my mistake")
    boss = coordinator(django_user_model)
    reviewing.reopen(review, boss, "Scored the wrong entry")
    review.refresh_from_db()
    assert review.state == ReviewState.DRAFT
    assert review.submitted_at is None
    log = ModelLogEntry.objects.get(action="jury.review.reopen")
    assert log.user == boss
    assert log.data["reason"] == "Scored the wrong entry"

    reviewing.submit(assignment, jurors[0], scores(criteria, 2, 2))
    assert stored(review) == {criteria[0].pk: 2, criteria[1].pk: 2}
    reviewing.reopen(review, boss, "again")
    with pytest.raises(ValidationError, match="Only a submitted"):
        reviewing.reopen(review, boss, "twice")


def test_only_the_assigned_juror_scores(setup, jurors):
    _round, criteria, assignment = setup
    with pytest.raises(PermissionDenied):
        reviewing.save_draft(assignment, jurors[1], scores(criteria, 7))


def test_a_conflicted_juror_cannot_score(setup, jurors):
    _round, criteria, assignment = setup
    Conflict.objects.create(juror=jurors[0], entry=assignment.entry, type="relative")
    with pytest.raises(ValidationError, match="conflict"):
        reviewing.save_draft(assignment, jurors[0], scores(criteria, 7))


def test_scoring_runs_from_the_first_to_the_end_of_the_last_day_in_bishkek(setup, jurors):
    jury_round, criteria, assignment = setup
    bishkek = datetime.timezone(datetime.timedelta(hours=6))
    last_minute = datetime.datetime.combine(
        jury_round.ends_on, datetime.time(23, 59), tzinfo=bishkek
    )
    first_minute = datetime.datetime.combine(jury_round.starts_on, datetime.time(0, 0), bishkek)
    reviewing.save_draft(assignment, jurors[0], scores(criteria, 5), moment=first_minute)
    reviewing.save_draft(assignment, jurors[0], scores(criteria, 6), moment=last_minute)

    too_late = last_minute + datetime.timedelta(minutes=1)
    too_early = first_minute - datetime.timedelta(minutes=1)
    for moment, words in ((too_late, "deadline"), (too_early, "opens")):
        with pytest.raises(ValidationError, match=words):
            reviewing.submit(assignment, jurors[0], scores(criteria, 6, 3), moment=moment)
    assert Review.objects.get().state == ReviewState.DRAFT


def test_reopening_after_the_deadline_gives_the_juror_an_extension(
    edition, entries, jurors, django_user_model
):
    jury_round = make_round(edition, start=-5, end=-1)
    criteria = make_criteria(jury_round)
    assignment = assign(jury_round, entries[0], jurors[0])
    review = Review.objects.create(
        assignment=assignment, state=ReviewState.SUBMITTED, submitted_at=timezone.now()
    )
    reason = reviewing.closed_reason(assignment, review)
    assert "locked" in reason
    with pytest.raises(ValidationError):
        reviewing.save_draft(assignment, jurors[0], scores(criteria, 5, 5))

    reviewing.reopen(review, coordinator(django_user_model), "Late fix agreed")
    review.refresh_from_db()
    assert reviewing.closed_reason(assignment, review) is None
    reviewing.submit(assignment, jurors[0], scores(criteria, 5, 5))
    review.refresh_from_db()
    assert "locked" in reviewing.closed_reason(assignment, review)


def test_a_draft_left_after_the_deadline_is_read_only(edition, entries, jurors):
    jury_round = make_round(edition, start=-5, end=-1)
    criteria = make_criteria(jury_round)
    assignment = assign(jury_round, entries[0], jurors[0])
    with pytest.raises(ValidationError, match="deadline"):
        reviewing.save_draft(assignment, jurors[0], scores(criteria, 5))
    assert not Review.objects.exists()
