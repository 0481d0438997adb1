"""Abuse limits on "Tell us your story": body size, and tips per address and per contact.

The counting is ``cms.rate_limits``, as for contest entries; tips have their own
counters and limits, so a busy contest never blocks a tip or the other way round.
"""

from django.conf import settings
from django.utils.translation import gettext as _

from cms import rate_limits

PREFIX = "tips:sent"


def tip_body_limit() -> int:
    return settings.STORY_TIP_MAX_BODY_SIZE


class RateLimited(rate_limits.RateLimited):
    def title_text(self) -> str:
        return _("Too many story tips")

    def detail_text(self, minutes: int) -> str:
        return _("Too many stories have been sent; try again in %(minutes)d minutes.") % {
            "minutes": minutes
        }


def _counters(address: str | None, contact: str):
    if address:
        yield "ip", address, settings.STORY_TIP_RATE_PER_IP
    if contact:
        yield "contact", contact, settings.STORY_TIP_RATE_PER_CONTACT


def check(address: str | None, contact: str) -> None:
    """Raise ``RateLimited`` when a counter is full; counts nothing."""
    rate_limits.check(PREFIX, _counters(address, contact), RateLimited)


def count(address: str | None, contact: str) -> None:
    window = settings.STORY_TIP_RATE_WINDOW_MINUTES * 60
    rate_limits.count(PREFIX, _counters(address, contact), window)
