"""Clear entrants' contact data some months after an edition's results.

What the indicators need stays: each entry's edition, category, country, medium, state
and dates; names, e-mail addresses, phone numbers and nominators' contacts go, and team
members keep only their ages.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from .kinds import private_field_names
from .models import Entry

REMOVED = "—"


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` earlier (the month's last day when it has fewer days)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month + 1, day=min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def due_entries(months: int, today: datetime.date | None = None):
    today = today or timezone.localdate()
    cutoff = months_before(today, months)
    return Entry.objects.filter(
        anonymised_at__isnull=True,
        edition__results_on__isnull=False,
        edition__results_on__lte=cutoff,
    ).order_by("pk")


@transaction.atomic
def anonymise(entry) -> None:
    private = private_field_names()
    entry.entrant_name = REMOVED
    entry.email = f"anonymised-{entry.pk}@invalid"
    entry.phone = ""
    answers = {key: value for key, value in entry.answers.items() if key not in private}
    if isinstance(answers.get("team"), list):
        answers["team"] = [{"age": member.get("age")} for member in answers["team"]]
    entry.answers = answers
    entry.anonymised_at = timezone.now()
    entry.save(update_fields=["entrant_name", "email", "phone", "answers", "anonymised_at"])
    log(entry, "contests.anonymise", data={"reference": entry.reference})
