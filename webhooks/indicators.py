"""Webhook deliveries in the communication plan (``indicators.sources``): how many
deliveries the subscribers (the portal, the social tools) got, per month and outcome.

A delivery counts in the month it was created, in the site's time zone.
"""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from indicators import sources
from indicators.periods import month_of

from .models import Delivery


def delivery_rows(period):
    labels = dict(Delivery.Status.choices)
    rows = (
        Delivery.objects.filter(**period.day_filter("created_at__date"))
        .annotate(month=month_of("created_at"))
        .values("month", "status")
        .annotate(value=Count("pk"))
        .order_by("month", "status")
    )
    for row in rows:
        status = str(labels.get(row["status"], row["status"]))
        yield sources.Row(row["month"], (status,), row["value"])


def register() -> None:
    sources.register(
        sources.Source(
            key="webhooks.deliveries",
            label=_("Webhook deliveries"),
            rows=delivery_rows,
            breakdown=(_("Outcome"),),
        )
    )
