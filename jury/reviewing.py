"""THE life of a review: draft, submitted, reopened. Every view goes through here.

- A juror scores only their own assignment, only without a conflict on the entry, and
  only while the round is open: from 00:00 on ``starts_on`` to the end of ``ends_on``,
  days in the edition's time zone (Asia/Bishkek unless the edition says otherwise).
- ``save_draft`` keeps whatever is given, each score within its criterion's scale;
  ``submit`` also asks for every ``required`` criterion (an information-only criterion
  is shown and may be scored, and is required only when marked so).
- A submitted review is locked: nothing changes it until a coordinator reopens it.
  After the deadline a review is read-only; a coordinator reopening it after the
  deadline grants the juror an extension, until they submit again.
- Everything is checked before anything is written, and written in one transaction:
  a refused value leaves the stored scores as they were.
- Each change is in the review's history with the scores before and after.
"""

import datetime

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from contests.schedule import DEFAULT_TIME_ZONE, start_of

from .enums import ReviewState
from .models import Conflict, Criterion, Review, Score
from .permissions import can_coordinate


def criterion_field(criterion_id) -> str:
    """The name under which a criterion's score is given and its errors reported."""
    return f"criterion_{criterion_id}"


def _zone(round) -> str:
    return getattr(round.edition, "time_zone", "") or DEFAULT_TIME_ZONE


def opens_at(round) -> datetime.datetime:
    return start_of(round.starts_on, _zone(round))


def closes_at(round) -> datetime.datetime:
    """The first moment after the deadline (midnight after ``ends_on``)."""
    return start_of(round.ends_on + datetime.timedelta(days=1), _zone(round))


def is_closed(round, moment=None) -> bool:
    return (moment or timezone.now()) >= closes_at(round)


def closed_reason(assignment, review, moment=None) -> str | None:
    """Why the juror cannot change this review now, or None when they can."""
    moment = moment or timezone.now()
    round = assignment.round
    if review is not None and review.state == ReviewState.SUBMITTED:
        return _("This review is submitted and locked. A coordinator can reopen it.")
    if moment < opens_at(round):
        return _("Scoring opens on %(day)s.") % {"day": date_format(round.starts_on)}
    if moment >= closes_at(round):
        extended = (
            review is not None and review.reopened_at and review.reopened_at >= closes_at(round)
        )
        if not extended:
            return _(
                "The deadline (%(day)s) has passed: this review can be read but not changed. "
                "A coordinator can reopen it."
            ) % {"day": date_format(round.ends_on)}
    return None


def save_draft(assignment, user, values: dict, comment: str = "", *, moment=None) -> Review:
    return _write(assignment, user, values, comment, submitting=False, moment=moment)


def submit(assignment, user, values: dict, comment: str = "", *, moment=None) -> Review:
    return _write(assignment, user, values, comment, submitting=True, moment=moment)


def _clean_values(criteria, values: dict, submitting: bool) -> tuple[dict, dict]:
    """``{criterion id: int | None}`` from the given values, and the errors by field."""
    by_id = {criterion.pk: criterion for criterion in criteria}
    clean, errors = {}, {}
    for key in values:
        if _as_int(key) not in by_id:
            errors.setdefault(NON_FIELD_ERRORS, []).append(
                _("A score was given for a criterion of another round.")
            )
    given = {_as_int(key): value for key, value in values.items()}
    for criterion in criteria:
        raw = given.get(criterion.pk)
        field = criterion_field(criterion.pk)
        if raw in (None, ""):
            clean[criterion.pk] = None
            if submitting and criterion.required:
                errors[field] = [_("Give a score for “%(name)s”.") % {"name": criterion.name()}]
            continue
        value = _as_int(raw)
        if value is None or not criterion.scale_min <= value <= criterion.scale_max:
            errors[field] = [
                _("A score for “%(name)s” is a whole number from %(min)s to %(max)s.")
                % {
                    "name": criterion.name(),
                    "min": criterion.scale_min,
                    "max": criterion.scale_max,
                }
            ]
            continue
        clean[criterion.pk] = value
    return clean, errors


def _as_int(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def _check_juror(assignment, user) -> None:
    if assignment.juror_id != user.pk:
        raise PermissionDenied
    if Conflict.objects.filter(juror_id=user.pk, entry_id=assignment.entry_id).exists():
        raise ValidationError(
            {NON_FIELD_ERRORS: [_("You declared a conflict of interest on this entry.")]}
        )


def _write(assignment, user, values, comment, *, submitting, moment) -> Review:
    _check_juror(assignment, user)
    criteria = list(Criterion.objects.filter(round_id=assignment.round_id))
    clean, errors = _clean_values(criteria, values, submitting)
    moment = moment or timezone.now()
    with transaction.atomic():
        review = Review.objects.select_for_update().filter(assignment=assignment).first()
        reason = closed_reason(assignment, review, moment)
        if reason:
            errors.setdefault(NON_FIELD_ERRORS, []).insert(0, reason)
        if errors:
            raise ValidationError(errors)
        if review is None:
            review = Review.objects.create(assignment=assignment)
        old = dict(Score.objects.filter(review=review).values_list("criterion_id", "value"))
        changes = _store_scores(review, criteria, old, clean)
        old_comment = review.comment
        review.comment = comment or ""
        if submitting:
            review.state = ReviewState.SUBMITTED
            review.submitted_at = moment
        review.save()
        log(
            review,
            "jury.review.submit" if submitting else "jury.review.draft",
            user=user,
            data={
                "entry": assignment.entry.reference,
                "round": assignment.round_id,
                "changes": changes,
                "comment_changed": old_comment != review.comment,
            },
        )
    return review


def _store_scores(review, criteria, old: dict, clean: dict) -> list[dict]:
    changes = []
    for criterion in criteria:
        before, after = old.get(criterion.pk), clean[criterion.pk]
        if before == after:
            continue
        if after is None:
            Score.objects.filter(review=review, criterion=criterion).delete()
        elif before is None:
            Score(review=review, criterion=criterion, value=after).save()
        else:
            Score.objects.filter(review=review, criterion=criterion).update(value=after)
        changes.append(
            {"criterion": criterion.pk, "name": criterion.name(), "old": before, "new": after}
        )
    return changes


def reopen(review, by, reason: str = "") -> Review:
    """A coordinator sends a submitted review back to its juror as a draft."""
    if not can_coordinate(by):
        raise PermissionDenied
    with transaction.atomic():
        review = Review.objects.select_for_update().get(pk=review.pk)
        if review.state != ReviewState.SUBMITTED:
            raise ValidationError(_("Only a submitted review can be reopened."))
        submitted_at = review.submitted_at
        review.state = ReviewState.DRAFT
        review.submitted_at = None
        review.reopened_at = timezone.now()
        review.save(update_fields=["state", "submitted_at", "reopened_at", "updated_at"])
        log(
            review,
            "jury.review.reopen",
            user=by,
            data={
                "reason": reason,
                "submitted_at": submitted_at.isoformat() if submitted_at else None,
            },
        )
    return review
