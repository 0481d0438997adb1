"""A coordinator's own choices: an entry given to a juror by hand, or taken back.

Both are refused with a reason a coordinator can act on, and both are logged. A
withdrawn assignment stays on record with who withdrew it and when; its review, if any,
no longer counts in the results.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from .assignment import round_jurors
from .enums import AssignmentOrigin
from .models import Assignment, Conflict, Score
from .rounds import round_entries


def refusal(round, entry, juror) -> str | None:
    """Why this juror cannot be given this entry in this round, or None."""
    if not round_jurors().filter(pk=juror.pk).exists():
        return _("%(juror)s is not an active member of the jury.") % {"juror": juror}
    if not round_entries(round).filter(pk=entry.pk).exists():
        return _("Entry %(entry)s is not judged in this round.") % {"entry": entry.reference}
    if Conflict.objects.filter(juror=juror, entry=entry).exists():
        return _("%(juror)s has a conflict of interest on entry %(entry)s.") % {
            "juror": juror,
            "entry": entry.reference,
        }
    if Assignment.objects.current().filter(round=round, entry=entry, juror=juror).exists():
        return _("Entry %(entry)s is already assigned to %(juror)s in this round.") % {
            "juror": juror,
            "entry": entry.reference,
        }
    return None


def assign_by_hand(round, entry, juror, user) -> Assignment:
    with transaction.atomic():
        reason = refusal(round, entry, juror)
        if reason:
            raise ValidationError(reason)
        assignment = Assignment.objects.create(
            round=round, entry=entry, juror=juror, origin=AssignmentOrigin.MANUAL, assigned_by=user
        )
        log(
            assignment,
            "jury.assign",
            user=user,
            data={"round": round.pk, "entry": entry.reference, "juror": juror.pk},
        )
    return assignment


def scores_given(assignment) -> int:
    return Score.objects.filter(review__assignment=assignment).count()


def withdraw(assignment, user, *, scores_confirmed: bool = False) -> Assignment:
    """Mark the assignment withdrawn; with scores given, only when that is confirmed."""
    with transaction.atomic():
        assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
        if assignment.withdrawn_at is not None:
            raise ValidationError(_("This assignment is already withdrawn."))
        scores = scores_given(assignment)
        if scores and not scores_confirmed:
            raise ValidationError(
                _("The juror has already given scores: confirm that they will no longer count.")
            )
        assignment.withdrawn_at = timezone.now()
        assignment.withdrawn_by = user
        assignment.save(update_fields=["withdrawn_at", "withdrawn_by"])
        log(
            assignment,
            "jury.unassign",
            user=user,
            data={
                "round": assignment.round_id,
                "entry": assignment.entry.reference,
                "juror": assignment.juror_id,
                "scores_dropped": scores,
            },
        )
    return assignment
