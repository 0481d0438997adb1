"""The exhibition's figures for the communication plan (``indicators.sources``).

Tour stops count once held and published, in the month they opened; QR-code scans per
exhibit (its title in the source language) and venue, in the month scanned.
"""

from django.conf import settings
from django.db.models import Count, Sum
from django.utils.translation import gettext_lazy as _

from indicators import sources
from indicators.pages import page_item_type, published_pages_source
from indicators.periods import month_of

from .enums import TourStopStatus
from .models import Exhibit, ExhibitionPage, ScanCount, TourStop


def _held_stops(period):
    return (
        TourStop.objects.filter(status=TourStopStatus.HELD, live=True)
        .filter(**period.day_filter("starts_on"))
        .annotate(month=month_of("starts_on"))
        .values("month", "venue__name")
        .order_by("month", "venue__name")
    )


def stop_rows(period):
    for row in _held_stops(period).annotate(value=Count("pk")):
        yield sources.Row(row["month"], (row["venue__name"],), row["value"])


def visitor_rows(period):
    for row in _held_stops(period).annotate(value=Sum("visitors")):
        yield sources.Row(row["month"], (row["venue__name"],), row["value"] or 0)


def scan_rows(period):
    scans = list(
        ScanCount.objects.filter(**period.day_filter("day"))
        .annotate(month=month_of("day"))
        .values("month", "link__exhibit_key", "venue__name")
        .annotate(value=Sum("count"))
        .order_by("month", "link__exhibit_key", "venue__name")
    )
    titles = dict(
        Exhibit.objects.filter(
            translation_key__in={row["link__exhibit_key"] for row in scans},
            locale__language_code=settings.LANGUAGE_CODE,
        ).values_list("translation_key", "title")
    )
    for row in scans:
        exhibit = titles.get(row["link__exhibit_key"], str(row["link__exhibit_key"]))
        venue = row["venue__name"] or "—"
        yield sources.Row(row["month"], (exhibit, venue), row["value"])


def register() -> None:
    sources.register(
        published_pages_source("exhibitions.published", _("Exhibitions published"), ExhibitionPage)
    )
    sources.register(
        sources.Source(
            key="exhibitions.tour_stops",
            label=_("Exhibition tour stops held"),
            rows=stop_rows,
            breakdown=(_("Venue"),),
        )
    )
    sources.register(
        sources.Source(
            key="exhibitions.visitors",
            label=_("Exhibition visitors"),
            rows=visitor_rows,
            breakdown=(_("Venue"),),
        )
    )
    sources.register(
        sources.Source(
            key="exhibitions.qr_scans",
            label=_("QR-code scans"),
            rows=scan_rows,
            breakdown=(_("Exhibit"), _("Venue")),
        )
    )
    sources.register_item_type(page_item_type("exhibition", _("Exhibition"), ExhibitionPage))
