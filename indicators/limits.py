"""How many metric reports one token may send in a window (the cache counts them).

A fixed window that starts with the token's first request, as for contest entries;
the refusal says when it ends (``Retry-After``).
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from cms.api.problems import Problem


class RateLimited(Problem):
    def __init__(self, retry_after: int):
        super().__init__(
            429,
            _("Too many reports"),
            _("This token sent too many reports; try again in %(seconds)d seconds.")
            % {"seconds": retry_after},
            headers={"Retry-After": str(retry_after)},
        )
        self.retry_after = retry_after


def _key(token_pk: int) -> str:
    return f"indicators:metrics:token:{token_pk}"


def take(token_pk: int) -> None:
    """Count one request for the token, or raise ``RateLimited`` when its window is full."""
    now = time.time()
    key = _key(token_pk)
    state = cache.get(key)
    if not state or state[1] <= now:
        state = (0, now + settings.METRICS_RATE_WINDOW_MINUTES * 60)
    if state[0] >= settings.METRICS_RATE_PER_TOKEN:
        raise RateLimited(max(1, int(state[1] - now)))
    cache.set(key, (state[0] + 1, state[1]), max(1, int(state[1] - now)))


def body_limit() -> int:
    return settings.METRICS_MAX_BODY_SIZE
