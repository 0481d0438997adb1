"""What the public API may show: live, public, unexpired pages under live, public,
unexpired parents.

Wagtail's ``live()`` alone would still show a page under an unpublished or expired
parent, and a page whose expiry passed before ``publish_scheduled`` ran. The branches
that hide their descendants are read once per content version (every change to them
replaces the version); expiry dates are compared with the clock on every request.
"""

import datetime

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

from .api_cache import content_version


def _branches() -> dict:
    key = f"api:branches:{content_version()[0]}"
    branches = cache.get(key)
    if branches is None:
        restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
        unpublished = Page.objects.filter(live=False, numchild__gt=0).values_list(
            "path", flat=True
        )
        expiring = list(
            Page.objects.filter(live=True, expire_at__isnull=False).values_list(
                "path", "numchild", "expire_at"
            )
        )
        branches = {
            "hidden": sorted({*restricted, *unpublished}),
            "expiring": [(path, moment) for path, children, moment in expiring if children],
            "expiries": sorted(moment for _path, _children, moment in expiring),
        }
        cache.set(key, branches, 60 * 60)
    return branches


def hidden_branches() -> list[str]:
    now = timezone.now()
    branches = _branches()
    expired = [path for path, expire_at in branches["expiring"] if expire_at <= now]
    return sorted({*branches["hidden"], *expired})


def seconds_until_next_expiry() -> int | None:
    """A cached response must not outlive the moment a page in it expires."""
    now = timezone.now()
    upcoming = [moment for moment in _branches()["expiries"] if moment > now]
    if not upcoming:
        return None
    return max(1, int((upcoming[0] - now) / datetime.timedelta(seconds=1)))


def visible_pages(queryset):
    queryset = queryset.live().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
    for path in hidden_branches():
        queryset = queryset.exclude(path__startswith=path)
    return queryset
