"""The contests' figures for the communication plan (``indicators.sources``).

Entries count when they were sent, withdrawn ones left out; a grant counts when the
results that include it were made public, and not once it was superseded or taken off
the public results.
"""

from django.db.models import Count, Sum
from django.utils.translation import gettext_lazy as _

from indicators import sources
from indicators.pages import page_item_type, published_pages_source
from indicators.periods import month_of

from .enums import DecisionKind, EntryState
from .models import ContestEditionPage, Decision, Entry


def entry_rows(period):
    entries = (
        Entry.objects.exclude(state=EntryState.WITHDRAWN)
        .filter(**period.moment_filter("created_at"))
        .annotate(month=month_of("created_at"))
        .values("month", "edition__title", "category", "country", "medium")
        .annotate(value=Count("pk"))
        .order_by("month", "edition__title", "category", "country", "medium")
    )
    for row in entries:
        keys = (row["edition__title"], row["category"], row["country"], row["medium"] or "—")
        yield sources.Row(row["month"], keys, row["value"])


def _public_grants(period):
    return (
        Decision.objects.filter(
            kind=DecisionKind.GRANT,
            superseded_at__isnull=True,
            retracted_at__isnull=True,
            published_at__isnull=False,
        )
        .filter(**period.moment_filter("published_at"))
        .annotate(month=month_of("published_at"))
    )


def grant_rows(period):
    grants = (
        _public_grants(period)
        .values("month", "edition__title", "currency")
        .annotate(value=Count("pk"))
        .order_by("month", "edition__title", "currency")
    )
    for row in grants:
        yield sources.Row(row["month"], (row["edition__title"], row["currency"]), row["value"])


def grant_amount_rows(period):
    amounts = (
        _public_grants(period)
        .values("month", "currency")
        .annotate(value=Sum("amount"))
        .order_by("month", "currency")
    )
    for row in amounts:
        yield sources.Row(row["month"], (row["currency"],), row["value"])


def register() -> None:
    sources.register(
        published_pages_source(
            "contests.editions_published", _("Contest editions published"), ContestEditionPage
        )
    )
    sources.register(
        sources.Source(
            key="contests.entries",
            label=_("Contest entries received"),
            rows=entry_rows,
            breakdown=(_("Edition"), _("Category"), _("Country"), _("Medium")),
        )
    )
    sources.register(
        sources.Source(
            key="contests.grants",
            label=_("Grants awarded"),
            rows=grant_rows,
            breakdown=(_("Edition"), _("Currency")),
        )
    )
    sources.register(
        sources.Source(
            key="contests.grant_amounts",
            label=_("Grant amounts awarded, per currency"),
            rows=grant_amount_rows,
            breakdown=(_("Currency"),),
            summable=False,
        )
    )
    sources.register_item_type(page_item_type("contest", _("Contest edition"), ContestEditionPage))
