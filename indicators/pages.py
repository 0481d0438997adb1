"""Helpers for the apps' sources about pages: published per month and language.

A page counts in the month of its first publication (local time), in its language,
whether or not it was unpublished since: the plan's indicator is content produced.
"""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from . import sources
from .periods import month_of


def published_pages_source(key: str, label, model) -> sources.Source:
    def rows(period):
        published = (
            model.objects.filter(**period.moment_filter("first_published_at"))
            .annotate(month=month_of("first_published_at"))
            .values("month", "locale__language_code")
            .annotate(value=Count("pk"))
            .order_by("month", "locale__language_code")
        )
        for row in published:
            yield sources.Row(row["month"], (row["locale__language_code"],), row["value"])

    return sources.Source(key=key, label=label, rows=rows, breakdown=(_("Language"),))


def page_item_type(name: str, label, model) -> sources.ItemType:
    """Items of a page type, known by their page id (any language, live or not)."""

    def existing(ids: set[int]) -> set[int]:
        return set(model.objects.filter(pk__in=ids).values_list("pk", flat=True))

    return sources.ItemType(name, label, existing)
