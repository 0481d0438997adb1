"""What the public API may show: live, public, unexpired pages under live parents.

Wagtail's ``live()`` alone would still show a live page under an unpublished parent,
and a page whose expiry passed before ``publish_scheduled`` ran; both are excluded here.
The hidden branches (view-restricted pages, unpublished pages with children) are read
once per content version: every change to them replaces the version.
"""

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

from .api_cache import content_version


def hidden_branches() -> list[str]:
    key = f"api:hidden-branches:{content_version()[0]}"
    paths = cache.get(key)
    if paths is None:
        restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
        unpublished = Page.objects.filter(live=False, numchild__gt=0).values_list(
            "path", flat=True
        )
        paths = sorted({*restricted, *unpublished})
        cache.set(key, paths, 60 * 60)
    return paths


def visible_pages(queryset):
    queryset = queryset.live().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
    for path in hidden_branches():
        queryset = queryset.exclude(path__startswith=path)
    return queryset
