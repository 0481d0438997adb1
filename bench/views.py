"""The benchmark's two floor views, served only under ``bench.settings``.

``/bench/bare`` is the floor: Django's full middleware stack returning a fixed JSON body
of a given size, with no database or serialisation work. ``/bench/cold`` empties the
caches of the worker that answers it, so the next request on the same keep-alive
connection is built without a cached response. The small per-version lookups that
``cms.api.memo`` keeps in the process stay, as they do in production between two
content changes (and as they do for the Wagtail API v2 requests measured beside).
"""

import json
from functools import lru_cache

import redis

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, HttpResponseBadRequest

MAX_BARE_BYTES = 10 * 1024 * 1024


@lru_cache(maxsize=16)
def bare_body(size: int) -> bytes:
    """A JSON document of exactly ``size`` bytes (at least a dozen)."""
    skeleton = json.dumps({"items": [], "padding": ""}).encode()
    return json.dumps({"items": [], "padding": "x" * max(size - len(skeleton), 0)}).encode()


def bare(request):
    try:
        size = int(request.GET.get("bytes", "1024"))
    except ValueError:
        return HttpResponseBadRequest("bytes must be a whole number")
    if not 0 < size <= MAX_BARE_BYTES:
        return HttpResponseBadRequest("bytes out of range")
    return HttpResponse(bare_body(size), content_type="application/json")


def clear_caches() -> None:
    """Empty every cache alias, touching only this deployment's keys in a shared Redis."""
    if not settings.REDIS_URL:
        for alias in settings.CACHES:
            caches[alias].clear()
        return
    client = redis.Redis.from_url(settings.REDIS_URL)
    try:
        for alias, options in settings.CACHES.items():
            prefix = options.get("KEY_PREFIX")
            if not prefix:
                caches[alias].clear()
                continue
            for key in client.scan_iter(match=f"{prefix}:*", count=1000):
                client.delete(key)
    finally:
        client.close()


def cold(request):
    clear_caches()
    return HttpResponse(status=204)
