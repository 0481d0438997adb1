"""How many metric reports one token may send in a window.

The counters are the shared ones of ``cms.rate_limits`` (a fixed window that starts
with the token's first request, as for contest entries and story tips), one per token;
the refusal says when the window ends (``Retry-After``).
"""

from django.conf import settings
from django.utils.translation import gettext as _

from cms import rate_limits

PREFIX = "indicators:metrics"


class RateLimited(rate_limits.RateLimited):
    def title_text(self) -> str:
        return _("Too many reports")

    def detail_text(self, minutes: int) -> str:
        return _("This token sent too many reports; try again in %(minutes)d minutes.") % {
            "minutes": minutes
        }


def take(token_pk: int) -> None:
    """Count one request for the token, or raise ``RateLimited`` when its window is full."""
    counters = [("token", str(token_pk), settings.METRICS_RATE_PER_TOKEN)]
    rate_limits.check(PREFIX, counters, RateLimited)
    rate_limits.count(PREFIX, counters, settings.METRICS_RATE_WINDOW_MINUTES * 60)


def body_limit() -> int:
    return settings.METRICS_MAX_BODY_SIZE
