"""Clear the contacts of closed tips some days after they were closed.

A tip is closed when it became a story or was declined. What the indicators need stays:
country, place, state, language and dates; the name, e-mail and phone or messenger go.
The text and photos stay for the editors (a story may be built on them) until a tip is
deleted, which removes its photos too.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from .enums import CLOSED_STATES
from .models import StoryTip

REMOVED = "—"


def due_tips(days: int, now: datetime.datetime | None = None):
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    return StoryTip.objects.filter(
        anonymised_at__isnull=True, state__in=CLOSED_STATES, closed_at__lte=cutoff
    ).order_by("pk")


@transaction.atomic
def anonymise(tip) -> None:
    tip.name = REMOVED if tip.name else ""
    tip.email = ""
    tip.phone = ""
    tip.anonymised_at = timezone.now()
    tip.save(update_fields=["name", "email", "phone", "anonymised_at"])
    log(tip, "tips.anonymise", data={"reference": tip.reference})
