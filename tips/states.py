"""Moving a tip through its states; every move is checked and written to its history.

New → contacted → declined (and back to contacted); "became a story" only by starting
the story draft (``story_draft.py``). A decline needs a note saying why. History is
Wagtail's log (``tips.state``), shown in the tip's history in the admin.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from .enums import CLOSED_STATES, MANUAL_TRANSITIONS, TipState
from .models import StoryTip


def allowed_states(tip) -> list[str]:
    return [state for state in TipState.values if state in MANUAL_TRANSITIONS[tip.state]]


def change_state(tip, state: str, note: str, user, *, story=None) -> StoryTip:
    """Move the tip to ``state``; ``ValidationError`` when the move is not allowed."""
    note = (note or "").strip()
    with transaction.atomic():
        tip = StoryTip.objects.select_for_update().get(pk=tip.pk)
        previous = tip.state
        by_draft = state == TipState.STORY and story is not None
        if not by_draft and state not in MANUAL_TRANSITIONS[TipState(previous)]:
            raise ValidationError(
                _("A tip that is “%(from)s” cannot become “%(to)s”.")
                % {"from": TipState(previous).label, "to": TipState(state).label},
                code="transition",
            )
        if state == TipState.DECLINED and not note:
            raise ValidationError(_("Say why the tip is declined."), code="note")
        now = timezone.now()
        tip.state = state
        tip.state_note = note
        tip.state_changed_at = now
        tip.state_changed_by = user
        tip.closed_at = now if state in CLOSED_STATES else None
        if story is not None:
            tip.story = story
        tip.save()
        data = {"reference": tip.reference, "from": previous, "to": state, "note": note}
        if story is not None:
            data["story"] = story.pk
        log(tip, "tips.state", user=user, data=data)
    return tip
