"""Conflicts of interest: declared by the juror or recorded by a coordinator, and the
coordinator's decision whether an earlier score counts. THE place both ways go through.

A conflict holds for the entry in every round. From then on the juror cannot open the
entry (its review screen and files answer 403) and a score they gave before is left
out of the results unless a coordinator decides it counts (``Conflict.score_counts``).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from .assignment import round_jurors
from .enums import ConflictType, ReviewState
from .models import Conflict, Review
from .permissions import can_coordinate


def has_conflict(juror, entry) -> bool:
    return Conflict.objects.filter(juror=juror, entry=entry).exists()


def declare_conflict(juror, entry, type: str, reason: str, by) -> Conflict:
    """Record the conflict and log it; only the juror themselves or a coordinator may."""
    if by.pk != juror.pk and not can_coordinate(by):
        raise PermissionDenied
    if type not in ConflictType.values:
        raise ValidationError({"type": _("Choose a type of conflict.")})
    reason = (reason or "").strip()
    if type == ConflictType.OTHER and not reason:
        raise ValidationError({"reason": _("Say what the conflict is.")})
    scored = list(
        Review.objects.filter(
            assignment__juror=juror, assignment__entry=entry, state=ReviewState.SUBMITTED
        ).values_list("pk", flat=True)
    )
    try:
        with transaction.atomic():
            conflict = Conflict.objects.create(
                juror=juror, entry=entry, type=type, reason=reason, declared_by=by
            )
    except IntegrityError as error:
        raise ValidationError(
            _("A conflict of interest on this entry is already recorded.")
        ) from error
    log(
        conflict,
        "jury.conflict.declare",
        user=by,
        data={
            "entry": entry.reference,
            "juror": juror.pk,
            "type": type,
            "reason": reason,
            "by_coordinator": by.pk != juror.pk,
            "submitted_reviews": scored,
        },
    )
    return conflict


def record_conflict(juror, entry, type: str, reason: str, by) -> Conflict:
    """A coordinator records a conflict for a member of the jury.

    An assignment on the pair is kept (it is history) and shown as conflicted.
    """
    if not round_jurors().filter(pk=juror.pk).exists():
        raise ValidationError(
            _("%(juror)s is not an active member of the jury.") % {"juror": juror}
        )
    return declare_conflict(juror, entry, type, reason, by=by)


def decide_conflict(conflict, *, score_counts: bool, reason: str, user) -> Conflict:
    with transaction.atomic():
        conflict = Conflict.objects.select_for_update().get(pk=conflict.pk)
        conflict.score_counts = score_counts
        conflict.save(update_fields=["score_counts"])
        log(
            conflict,
            "jury.conflict.decide",
            user=user,
            data={"score_counts": score_counts, "reason": reason},
        )
    return conflict
