"""Page routes follow the API's visibility: an expired page, a page whose go-live
time has not come, or a page under such a parent (or an unpublished one) is a 404.

Wagtail unpublishes expired pages and publishes scheduled ones only when
`publish_scheduled` runs, and its router checks nothing but the `live` flag of the
page itself; until the command runs, an expired page would still be served.
"""

from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from wagtail.models import Page


def is_servable(page) -> bool:
    now = timezone.now()
    hidden = Q(live=False) | Q(expired=True) | Q(expire_at__lte=now) | Q(go_live_at__gt=now)
    branch = Page.objects.ancestor_of(page, inclusive=True).filter(depth__gt=1)
    return not branch.filter(hidden).exists()


def refuse_unservable_page(page, request, serve_args, serve_kwargs):
    """Wagtail's `before_serve_page` hook: runs for every page route, never for previews."""
    if not is_servable(page):
        raise Http404
