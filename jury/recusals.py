"""Conflicts recorded by a coordinator, and the decision whether an earlier score counts.

A juror declares their own conflicts in the review screen; both ways store the conflict
through ``Conflict.objects.declare`` so it is saved and logged alike. An assignment on a
conflicted pair is kept (it is history) and shown as conflicted; its score is left out
of the results unless a coordinator decides it counts.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from .assignment import round_jurors
from .models import Conflict


def record_conflict(juror, entry, type, reason, by) -> Conflict:
    if not round_jurors().filter(pk=juror.pk).exists():
        raise ValidationError(
            _("%(juror)s is not an active member of the jury.") % {"juror": juror}
        )
    with transaction.atomic():
        if Conflict.objects.filter(juror=juror, entry=entry).exists():
            raise ValidationError(
                _("A conflict of %(juror)s on entry %(entry)s is already recorded.")
                % {"juror": juror, "entry": entry.reference}
            )
        return Conflict.objects.declare(juror=juror, entry=entry, type=type, reason=reason, by=by)


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
