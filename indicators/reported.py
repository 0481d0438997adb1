"""Sources for what the reporting tools count: one per metric, broken down by channel and tool.

Flows (views, shares…) add up their days. Subscribers are a level: a month's value is
each (item, channel, tool)'s count on the latest day reported in that month, added up.
"""

from django.db.models import Max, Sum
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import sources
from .enums import LEVEL_METRICS, Metric
from .models import MetricCount
from .periods import month_of

ITEM_SITE = "site"


def _flow_rows(metric):
    def rows(period):
        counted = (
            MetricCount.objects.filter(metric=metric, **period.day_filter("day"))
            .annotate(month=month_of("day"))
            .values("month", "channel", "tool")
            .annotate(value=Sum("value"))
            .order_by("month", "channel", "tool")
        )
        for row in counted:
            yield sources.Row(row["month"], (row["channel"], row["tool"]), row["value"])

    return rows


def _level_rows(metric):
    def rows(period):
        counts = MetricCount.objects.filter(metric=metric, **period.day_filter("day"))
        latest = (
            counts.annotate(month=month_of("day"))
            .values("month", "item_type", "item_id", "channel", "tool")
            .annotate(last=Max("day"))
        )
        wanted = {
            (r["item_type"], r["item_id"], r["channel"], r["tool"], r["last"]) for r in latest
        }
        sums: dict = {}
        for count in counts.values("item_type", "item_id", "channel", "tool", "day", "value"):
            key = (count["item_type"], count["item_id"], count["channel"], count["tool"])
            if (*key, count["day"]) in wanted:
                group = (count["day"].replace(day=1), count["channel"], count["tool"])
                sums[group] = sums.get(group, 0) + count["value"]
        for (month, channel, tool), value in sorted(sums.items()):
            yield sources.Row(month, (channel, tool), value)

    return rows


def register_sources() -> None:
    for metric in Metric:
        level = metric in LEVEL_METRICS
        sources.register(
            sources.Source(
                key=f"reported.{metric.value}",
                label=format_lazy(_("Reported: {metric}"), metric=metric.label),
                rows=_level_rows(metric.value) if level else _flow_rows(metric.value),
                breakdown=(_("Channel"), _("Reporting tool")),
                aggregate=sources.LAST if level else sources.SUM,
                internet=True,
            )
        )
    sources.register_item_type(sources.ItemType(ITEM_SITE, _("The site, app or account")))
