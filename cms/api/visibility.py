"""What the public may see: the one page rule of both APIs, search, preview and sync.

A page is public when it is live, not expired, its ``expire_at`` has not passed, its
``go_live_at`` (if any) has come, and no page above it is private or fails the same
test. Wagtail's ``live()`` alone would still show a page under an unpublished or
expired parent, and a page whose expiry passed before ``publish_scheduled`` ran.

The branches that hide their descendants are read once per content version (every
change to them replaces the version); the dates are compared with the clock on every
request, and no cached response outlives the next moment one of them passes.
"""

import datetime

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

from .memo import remembered


def not_visible_now(now: datetime.datetime | None = None) -> Q:
    """Pages that are not public right now, whatever ``live`` still says."""
    now = now or timezone.now()
    return Q(live=False) | Q(expired=True) | Q(expire_at__lte=now) | Q(go_live_at__gt=now)


def _branches() -> dict:
    return remembered("page-branches", _read_branches)


def _read_branches() -> dict:
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    unpublished = Page.objects.filter(
        Q(live=False) | Q(expired=True), depth__gt=1, numchild__gt=0
    ).values_list("path", flat=True)
    timed = list(
        Page.objects.filter(live=True, expired=False)
        .filter(Q(expire_at__isnull=False) | Q(go_live_at__isnull=False))
        .values_list("path", "numchild", "expire_at", "go_live_at")
    )
    return {
        "hidden": sorted({*restricted, *unpublished}),
        "timed": [(path, end, start) for path, children, end, start in timed if children],
        "moments": sorted(
            moment for _p, _c, end, start in timed for moment in (end, start) if moment
        ),
    }


def _outermost(paths) -> list[str]:
    outermost = []
    for path in sorted(paths):
        if not outermost or not path.startswith(outermost[-1]):
            outermost.append(path)
    return outermost


def hidden_branches(now: datetime.datetime | None = None) -> list[str]:
    """Paths of the pages whose whole subtree is hidden now (themselves included)."""
    now = now or timezone.now()
    branches = _branches()
    timed = [
        path
        for path, end, start in branches["timed"]
        if (end and end <= now) or (start and start > now)
    ]
    return _outermost({*branches["hidden"], *timed})


def next_change_at(now: datetime.datetime | None = None) -> datetime.datetime | None:
    """The next moment a live page expires or goes live (``None``: none is due)."""
    now = now or timezone.now()
    return next((moment for moment in _branches()["moments"] if moment > now), None)


def seconds_until_next_change() -> int | None:
    """A cached response must not outlive the moment a page in it expires or goes live."""
    now = timezone.now()
    upcoming = next_change_at(now)
    if upcoming is None:
        return None
    return max(1, int((upcoming - now) / datetime.timedelta(seconds=1)))


def _outside(paths: list[str]) -> Q:
    below = Q()
    for path in paths:
        below |= Q(path__startswith=path)
    return below


def visible_pages(queryset):
    """``queryset`` narrowed to the pages the public may see now."""
    now = timezone.now()
    queryset = queryset.exclude(not_visible_now(now))
    hidden = hidden_branches(now)
    return queryset.exclude(_outside(hidden)) if hidden else queryset


def searchable_visible_pages(queryset):
    """The same rule in the terms a search backend can filter on (``live`` and ids).

    Search backends only filter on indexed fields, so the live pages that are hidden
    anyway (expired, not yet due, below a hidden branch) are excluded by id.
    """
    now = timezone.now()
    hidden = hidden_branches(now)
    invisible = Page.objects.filter(live=True).filter(
        not_visible_now(now) | (_outside(hidden) if hidden else Q(pk__in=[]))
    )
    return queryset.live().exclude(pk__in=list(invisible.values_list("pk", flat=True)))
