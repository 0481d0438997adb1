"""HTTP caching for the Content API: ETag/304, Last-Modified, Cache-Control, and
rendered responses kept in the cache until content changes.

Invalidation is a single "content version" in the cache, replaced whenever a page is
published, unpublished or deleted, or a snippet or image changes: every cached
response key contains the version, so one write retires them all at once and stale
entries expire on their own.
"""

import hashlib
import time
import uuid
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_etags
from django.utils.translation import gettext as _

from .api_locale import requested_language
from .api_problems import Problem, problem_response

VERSION_KEY = "api:content-version"
RESPONSE_TIMEOUT = 60 * 60


def content_version() -> tuple[str, float]:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, (uuid.uuid4().hex, time.time()), None)
        version = cache.get(VERSION_KEY)
    return version


def bump_content_version(*args, **kwargs) -> None:
    """Replace the version now and again when the transaction commits: a response built
    between the two from not yet committed rows is never served under the final version."""
    _new_version()
    transaction.on_commit(_new_version)


def _new_version() -> None:
    cache.set(VERSION_KEY, (uuid.uuid4().hex, time.time()), None)


def _check_query(request, allowed: set[str]) -> None:
    repeated = sorted(name for name in request.GET if len(request.GET.getlist(name)) > 1)
    if repeated:
        raise Problem(
            400,
            _("Repeated query parameter"),
            _("Give each parameter once: %(names)s.") % {"names": ", ".join(repeated)},
            invalid_params=[
                {"name": name[:100], "reason": _("given more than once")} for name in repeated
            ],
        )
    unknown = sorted(set(request.GET) - allowed)
    if unknown:
        raise Problem(
            400,
            _("Unknown query parameter"),
            _("Not a parameter of this endpoint: %(names)s. Allowed: %(allowed)s.")
            % {"names": ", ".join(unknown), "allowed": ", ".join(sorted(allowed)) or "-"},
            invalid_params=[
                {"name": name[:100], "reason": _("unknown parameter")} for name in unknown
            ],
        )


def _cache_control(public: bool) -> str:
    if not public:
        return "private, no-store"
    return (
        f"public, max-age={settings.API_CACHE_MAX_AGE}, "
        f"stale-while-revalidate={settings.API_CACHE_STALE_WHILE_REVALIDATE}"
    )


def api_endpoint(*, query: set[str] | frozenset = frozenset(), public: bool = True):
    """Wrap a ninja operation's view (``decorate_view``) with the API's HTTP rules.

    ``query`` lists the accepted query parameters; anything else is a 400, so a typo
    never silently returns unfiltered content. Public responses are cached per
    content version and language.
    """
    allowed = set(query)

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            try:
                _check_query(request, allowed)
                language = requested_language(request) if "locale" in allowed else ""
            except Problem as problem:
                return problem_response(request, problem)
            version, changed_at = content_version()
            key = None
            cached = None
            if public:
                raw = f"{version}|{language}|{request.get_full_path()}"
                key = "api:response:" + hashlib.sha256(raw.encode()).hexdigest()
                cached = cache.get(key)
            if cached is None:
                response = view(request, *args, **kwargs)
                if response.status_code != 200:
                    return response
                body = response.content
                if key:
                    cache.set(key, body, _response_timeout())
            else:
                body = cached
            return _finish(request, body, changed_at, public)

        return wrapped

    return decorator


def _response_timeout() -> int:
    from .api_visibility import seconds_until_next_expiry

    until_expiry = seconds_until_next_expiry()
    return RESPONSE_TIMEOUT if until_expiry is None else min(RESPONSE_TIMEOUT, until_expiry)


def _finish(request, body: bytes, changed_at: float, public: bool) -> HttpResponse:
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    if etag in parse_etags(request.headers.get("If-None-Match", "")) or "*" in parse_etags(
        request.headers.get("If-None-Match", "")
    ):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["ETag"] = etag
    response["Last-Modified"] = http_date(changed_at)
    response["Cache-Control"] = _cache_control(public)
    patch_vary_headers(response, ["Accept-Language"])
    return response
