"""Rounds, criteria and raw scores: validation and what the results read from them."""

import datetime
import re
from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from jury.enums import ConflictType, ReviewState
from jury.models import Assignment, Conflict, Criterion, Review, Round, Score, Shortlisting
from jury.sheets import results_for

pytestmark = pytest.mark.django_db


def review(round, entry, juror, values, state=ReviewState.SUBMITTED):
    assignment = Assignment.objects.create(round=round, entry=entry, juror=juror)
    submitted_at = timezone.now() if state == ReviewState.SUBMITTED else None
    row = Review.objects.create(assignment=assignment, state=state, submitted_at=submitted_at)
    for criterion, value in values.items():
        Score.objects.create(review=row, criterion=criterion, value=value)
    return row


@pytest.fixture
def criteria(jury_round):
    return [
        Criterion.objects.create(round=jury_round, name_ky="Таасири", weight=Decimal("2")),
        Criterion.objects.create(round=jury_round, name_ky="Жаңычылдык", weight=Decimal("1")),
        Criterion.objects.create(
            round=jury_round, name_ky="Эскертүү", weight=Decimal("0"), information_only=True
        ),
    ]


def test_a_score_outside_the_scale_is_never_stored(jury_round, entries, jurors, criteria):
    row = review(jury_round, entries[0], jurors[0], {}, state=ReviewState.DRAFT)
    with translation.override("ky"):
        expected = _("A score for “%(criterion)s” runs from %(min)s to %(max)s.") % {
            "criterion": criteria[0].name(),
            "min": 1,
            "max": 10,
        }
        for value in (0, 11):
            with pytest.raises(ValidationError, match=re.escape(expected)):
                Score.objects.create(review=row, criterion=criteria[0], value=value)
    assert not Score.objects.filter(review=row).exists()


def test_a_score_on_another_rounds_criterion_is_refused(jury_round, entries, jurors, criteria):
    later = Round.objects.create(
        edition=jury_round.edition,
        name="Финал",
        position=1,
        starts_on=jury_round.ends_on,
        ends_on=jury_round.ends_on,
    )
    row = review(later, entries[0], jurors[0], {}, state=ReviewState.DRAFT)
    with translation.override("ky"):
        expected = _("This criterion belongs to another round.")
        with pytest.raises(ValidationError, match=re.escape(expected)):
            Score.objects.create(review=row, criterion=criteria[0], value=5)


def test_criterion_and_round_validation(jury_round):
    with pytest.raises(ValidationError) as error:
        Criterion(round=jury_round, name_ky="x", scale_min=5, scale_max=5).full_clean()
    assert "scale_max" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        Criterion(round=jury_round, name_ky="x", weight=0).full_clean()
    assert "weight" in error.value.message_dict
    bad = Round(
        edition=jury_round.edition,
        name="x",
        starts_on=datetime.date(2027, 5, 2),
        ends_on=datetime.date(2027, 5, 1),
    )
    with pytest.raises(ValidationError):
        bad.full_clean()
    with transaction.atomic(), pytest.raises(IntegrityError):
        bad.save()


def test_one_assignment_per_juror_entry_and_round(jury_round, entries, jurors):
    Assignment.objects.create(round=jury_round, entry=entries[0], juror=jurors[0])
    with transaction.atomic(), pytest.raises(IntegrityError):
        Assignment.objects.create(round=jury_round, entry=entries[0], juror=jurors[0])


def test_criterion_text_in_the_current_language_with_fallback(jury_round):
    criterion = Criterion(round=jury_round, name_ky="Таасири", name_ru="Влияние", guidance_ky="Г")
    with translation.override("ru"):
        assert criterion.name() == "Влияние"
        assert criterion.guidance() == "Г"
    assert criterion.name("en") == "Таасири"
    assert criterion.name("ky") == "Таасири"


def test_results_read_submitted_reviews_without_conflicted_ones(
    jury_round, entries, jurors, criteria
):
    impact, novelty, note = criteria
    review(jury_round, entries[0], jurors[0], {impact: 9, novelty: 3, note: 1})  # total 7
    review(jury_round, entries[0], jurors[1], {impact: 8, novelty: 8})  # 8
    review(jury_round, entries[0], jurors[2], {impact: 1, novelty: 1}, ReviewState.DRAFT)
    review(jury_round, entries[0], jurors[3], {impact: 1, novelty: 1})
    Conflict.objects.create(juror=jurors[3], entry=entries[0], type=ConflictType.BUSINESS)
    scores_before = list(Score.objects.values_list("pk", "value"))

    result = {row.entry: row for row in results_for(jury_round)}[entries[0].pk]

    assert result.totals == {jurors[0].pk: 7, jurors[1].pk: 8}
    assert result.mean == Decimal("7.5")
    assert list(Score.objects.values_list("pk", "value")) == scores_before

    Conflict.objects.filter(juror=jurors[3]).update(score_counts=True)
    result = {row.entry: row for row in results_for(jury_round)}[entries[0].pk]
    assert result.count == 3


def test_a_later_rounds_scores_stay_separate(jury_round, entries, jurors, criteria):
    final = Round.objects.create(
        edition=jury_round.edition,
        name="Финал",
        position=1,
        starts_on=jury_round.ends_on,
        ends_on=jury_round.ends_on,
    )
    final_criterion = Criterion.objects.create(round=final, name_ky="Жалпы")
    Shortlisting.objects.create(round=final, from_round=jury_round, entry=entries[0])
    review(jury_round, entries[0], jurors[0], {criteria[0]: 4})
    review(final, entries[0], jurors[0], {final_criterion: 9})

    first = {row.entry: row for row in results_for(jury_round)}[entries[0].pk]
    second = {row.entry: row for row in results_for(final)}[entries[0].pk]
    assert (first.mean, second.mean) == (4, 9)
