"""Counters of accepted public submissions, per client address and per contact, in windows.

Public forms (a contest's entries, story tips) and reporting tools (metrics, per token)
count what they send in the cache (Redis in production): e.g. one counter per address and
one per e-mail address, each for a fixed window that starts with its first submission.
A full counter refuses with 429, and the answer says when the window ends
(``Retry-After``). Each form names its counters with its own prefix and limits, so one
form's traffic never fills another's.
"""

import hashlib
import time
from collections.abc import Iterable

from django.core.cache import cache
from django.utils.translation import gettext as _

from cms.api.problems import Problem

# (kind, value, limit): e.g. ("ip", "203.0.113.5", 10).
Counter = tuple[str, str, int]


class RateLimited(Problem):
    """429; subclasses say what was sent too often."""

    def __init__(self, retry_after: int):
        minutes = max(1, (retry_after + 59) // 60)
        super().__init__(
            429,
            self.title_text(),
            self.detail_text(minutes),
            headers={"Retry-After": str(retry_after)},
        )
        self.retry_after = retry_after

    def title_text(self) -> str:
        return _("Too many requests")

    def detail_text(self, minutes: int) -> str:
        return _("Too many have been sent; try again in %(minutes)d minutes.") % {
            "minutes": minutes
        }


def _key(prefix: str, kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"{prefix}:{kind}:{digest}"


def check(prefix: str, counters: Iterable[Counter], refusal=RateLimited) -> None:
    """Raise ``refusal`` when any counter is full; counts nothing."""
    for kind, value, limit in counters:
        state = cache.get(_key(prefix, kind, value))
        if state and state[0] >= limit:
            raise refusal(max(1, int(state[1] - time.time())))


def count(prefix: str, counters: Iterable[Counter], window_seconds: int) -> None:
    """Count one accepted submission against every counter."""
    now = time.time()
    for kind, value, _limit in counters:
        key = _key(prefix, kind, value)
        state = cache.get(key)
        if not state or state[1] <= now:
            state = (0, now + window_seconds)
        cache.set(key, (state[0] + 1, state[1]), max(1, int(state[1] - now)))
