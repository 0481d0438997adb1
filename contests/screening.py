"""Screening an entry: the outcome, the rule it breaks, and who decided when.

Every change is written to Wagtail's history log (``contests.screen``) with the user
and the time; the entrant's status link shows the outcome.
"""

from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from .enums import EntryState


def age_suggestions(entry) -> list[str]:
    """The invest-challenge's age limit, checked on the team's declared ages."""
    edition = entry.edition
    team = entry.answers.get("team") or []
    notes = []
    for member in team:
        age = member.get("age")
        if age is None:
            continue
        if edition.max_age and age > edition.max_age:
            notes.append(
                _("%(name)s is %(age)d, above the age limit of %(limit)d: suggest ineligible.")
                % {"name": member.get("name", "?"), "age": age, "limit": edition.max_age}
            )
        if edition.min_age and age < edition.min_age:
            notes.append(
                _("%(name)s is %(age)d, below the minimum age of %(limit)d: suggest ineligible.")
                % {"name": member.get("name", "?"), "age": age, "limit": edition.min_age}
            )
    return notes


def screen(entry, *, state: str, reason: str, note: str, user) -> None:
    previous = entry.state
    entry.state = state
    entry.screening_reason = reason if state == EntryState.INELIGIBLE else ""
    entry.screening_note = note
    entry.screened_by = user
    entry.screened_at = timezone.now()
    entry.save(
        update_fields=[
            "state",
            "screening_reason",
            "screening_note",
            "screened_by",
            "screened_at",
        ]
    )
    log(
        entry,
        "contests.screen",
        user=user,
        data={
            "reference": entry.reference,
            "from": previous,
            "to": state,
            "reason": entry.screening_reason,
        },
    )
