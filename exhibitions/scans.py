"""Counting scans of the printed QR codes: per short link, venue and day, nothing else.

The increment is one ``UPDATE … SET count = count + 1`` in the database, so concurrent
scans never lose a count; the first scan of a day inserts the row, and when two
processes insert at once the unique constraint turns the loser into an update.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import ScanCount, Venue

MAX_VENUE_CODE = 20


def venue_for(code: str | None) -> Venue | None:
    """The venue a printed code names (``?v=``), in the source language; unknown: none."""
    if not code or len(code) > MAX_VENUE_CODE:
        return None
    return Venue.objects.filter(
        code=code.strip().lower(), locale__language_code=settings.LANGUAGE_CODE, live=True
    ).first()


def count_scan(link, venue: Venue | None = None, day=None) -> None:
    where = {"link": link, "venue": venue, "day": day or timezone.localdate()}
    if ScanCount.objects.filter(**where).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            ScanCount.objects.create(count=1, **where)
    except IntegrityError:
        ScanCount.objects.filter(**where).update(count=F("count") + 1)
