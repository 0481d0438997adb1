"""Abuse limits on the public entry form: body size, and entries per address and e-mail.

The counting is ``cms.rate_limits``; this module gives the entry form its own counters,
limits and wording.
"""

from django.conf import settings
from django.utils.translation import gettext as _

from cms import rate_limits

PREFIX = "contests:entries"


def entry_body_limit() -> int:
    return settings.CONTEST_ENTRY_MAX_BODY_SIZE


class RateLimited(rate_limits.RateLimited):
    def title_text(self) -> str:
        return _("Too many entries")

    def detail_text(self, minutes: int) -> str:
        return _("Too many entries have been sent; try again in %(minutes)d minutes.") % {
            "minutes": minutes
        }


def check(address: str | None, email: str) -> None:
    """Raise ``RateLimited`` when either counter is full; counts nothing."""
    rate_limits.check(PREFIX, _counters(address, email), RateLimited)


def count(address: str | None, email: str) -> None:
    """Count one accepted entry against both counters."""
    window = settings.CONTEST_ENTRY_RATE_WINDOW_MINUTES * 60
    rate_limits.count(PREFIX, _counters(address, email), window)


def _counters(address, email):
    if address:
        yield "ip", address, settings.CONTEST_ENTRY_RATE_PER_IP
    if email:
        yield "email", email, settings.CONTEST_ENTRY_RATE_PER_EMAIL
