"""Delivery figures for the indicators dashboard: how many deliveries, of which outcome.

``deliveries_by_status(start, end)`` counts the deliveries created in [start, end) per
status; ``deliveries_per_day`` splits the same by day (in the site's time zone). Both
are one query.
"""

import datetime

from django.db.models import Count
from django.db.models.functions import TruncDate

from .models import Delivery


def deliveries_by_status(start: datetime.datetime, end: datetime.datetime) -> dict[str, int]:
    counts = dict.fromkeys(Delivery.Status.values, 0)
    rows = (
        Delivery.objects.filter(created_at__gte=start, created_at__lt=end)
        .values("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in rows:
        counts[row["status"]] = row["n"]
    return counts


def deliveries_per_day(
    start: datetime.datetime, end: datetime.datetime
) -> dict[datetime.date, dict[str, int]]:
    rows = (
        Delivery.objects.filter(created_at__gte=start, created_at__lt=end)
        .annotate(day=TruncDate("created_at"))
        .values("day", "status")
        .annotate(n=Count("pk"))
        .order_by("day")
    )
    days: dict[datetime.date, dict[str, int]] = {}
    for row in rows:
        days.setdefault(row["day"], dict.fromkeys(Delivery.Status.values, 0))
        days[row["day"]][row["status"]] = row["n"]
    return days
