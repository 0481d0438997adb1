"""How many tips came in: the strategy's "appeals through feedback channels" indicator.

For the indicators dashboard. Example tips (the demo's) are never counted. Periods are
calendar days in the site's time zone, both ends included.
"""

import datetime

from django.db.models import Count
from django.db.models.functions import TruncMonth

from .models import StoryTip

GROUPINGS = {"state": "state", "country": "country", "language": "language"}


def received(start: datetime.date, end: datetime.date):
    """The real tips received from ``start`` to ``end``."""
    return StoryTip.objects.filter(
        is_example=False, created_at__date__gte=start, created_at__date__lte=end
    )


def tips_received(start: datetime.date, end: datetime.date) -> int:
    return received(start, end).count()


def tips_by(group_by: str, start: datetime.date, end: datetime.date) -> dict[str, int]:
    """Counts per state, country or language: ``{"new": 3, "story": 1}``."""
    column = GROUPINGS[group_by]
    rows = received(start, end).order_by().values(column).annotate(n=Count("pk"))
    return {row[column]: row["n"] for row in rows}


def tips_per_month(start: datetime.date, end: datetime.date) -> dict[datetime.date, int]:
    """Counts per calendar month, keyed by the month's first day."""
    rows = (
        received(start, end)
        .order_by()
        .annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by("month")
    )
    return {row["month"].date(): row["n"] for row in rows}
