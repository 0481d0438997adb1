"""Abuse limits on the public entry form: body size, and entries per address and e-mail.

Counters live in the cache (Redis in production), one per address and one per e-mail
address, each for a fixed window that starts with its first entry; the answer says when
the window ends (``Retry-After``).
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from cms.api.problems import Problem


def entry_body_limit() -> int:
    return settings.CONTEST_ENTRY_MAX_BODY_SIZE


class RateLimited(Problem):
    def __init__(self, retry_after: int):
        super().__init__(
            429,
            _("Too many entries"),
            _("Too many entries have been sent; try again in %(minutes)d minutes.")
            % {"minutes": max(1, (retry_after + 59) // 60)},
        )
        self.retry_after = retry_after


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"contests:entries:{kind}:{digest}"


def _window_seconds() -> int:
    return settings.CONTEST_ENTRY_RATE_WINDOW_MINUTES * 60


def check(address: str | None, email: str) -> None:
    """Raise ``RateLimited`` when either counter is full; counts nothing."""
    for kind, value, limit in _counters(address, email):
        state = cache.get(_key(kind, value))
        if state and state[0] >= limit:
            raise RateLimited(max(1, int(state[1] - time.time())))


def count(address: str | None, email: str) -> None:
    """Count one accepted entry against both counters."""
    now = time.time()
    for kind, value, _limit in _counters(address, email):
        key = _key(kind, value)
        state = cache.get(key)
        if not state or state[1] <= now:
            state = (0, now + _window_seconds())
        cache.set(key, (state[0] + 1, state[1]), max(1, int(state[1] - now)))


def _counters(address, email):
    if address:
        yield "ip", address, settings.CONTEST_ENTRY_RATE_PER_IP
    if email:
        yield "email", email, settings.CONTEST_ENTRY_RATE_PER_EMAIL
