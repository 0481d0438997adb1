"""When a failed delivery is tried again: exponential backoff with jitter.

After the n-th failed attempt the next one waits ``WEBHOOK_RETRY_BASE_SECONDS`` × 4^(n−1)
(1, 4, 16, 64 minutes, 4 h 16 min, then the cap of ``WEBHOOK_RETRY_MAX_SECONDS``, 10 h),
give or take 10 % at random so that receivers coming back up are not hit by every
sender at the same second. With the default eight attempts a delivery keeps trying
for a little over a day: long enough for a subscriber failing throughout to be paused.
"""

import datetime
import random

from django.conf import settings

JITTER = 0.1


def nominal_delay(failed_attempts: int) -> float:
    delay = settings.WEBHOOK_RETRY_BASE_SECONDS * 4 ** (failed_attempts - 1)
    return min(delay, settings.WEBHOOK_RETRY_MAX_SECONDS)


def retry_delay(failed_attempts: int, rng=random) -> datetime.timedelta:
    factor = 1 + rng.uniform(-JITTER, JITTER)
    return datetime.timedelta(seconds=nominal_delay(failed_attempts) * factor)


def gives_up(failed_attempts: int) -> bool:
    return failed_attempts >= settings.WEBHOOK_MAX_ATTEMPTS
