"""Story tips in the communication plan: the strategy's "appeals through feedback
channels" (``indicators.sources``), per month received and by where the tip stands now.

Example tips (the demo's) never count; ``tips.counts`` is the one rule of what counts.
"""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from indicators import sources
from indicators.periods import month_of

from .counts import received
from .enums import TipState


def appeal_rows(period):
    labels = dict(TipState.choices)
    rows = (
        received(period.start, period.end)
        .annotate(month=month_of("created_at"))
        .values("month", "state")
        .annotate(value=Count("pk"))
        .order_by("month", "state")
    )
    for row in rows:
        state = str(labels.get(row["state"], row["state"]))
        yield sources.Row(row["month"], (state,), row["value"])


def register() -> None:
    sources.register(
        sources.Source(
            key="tips.appeals",
            label=_("Appeals through feedback channels (story tips)"),
            rows=appeal_rows,
            breakdown=(_("State"),),
            internet=True,
        )
    )
