"""The Content API's HTTP rules: the query allow-list, the response cache, conditional
GET, compression and cache headers — applied to every operation by ``api_endpoint``.

Rendered responses are kept in the cache under the content version (see
``content_version``): one write retires them all at once and stale entries expire on
their own, never later than the next moment a page expires or goes live. The body is
kept gzip-compressed, as most clients take it; each encoding has its own ETag.
"""

import datetime
import gzip
import hashlib
import re
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import gettext as _

from .content_version import content_version
from .languages import requested_language
from .params import parameter_names
from .problems import Problem, ProblemOut, problem_response
from .visibility import seconds_until_next_change

RESPONSE_TIMEOUT = 60 * 60
# Below this size gzip's header costs more than it saves.
MIN_COMPRESSED_SIZE = 200
GZIP = "gzip"
IDENTITY = "identity"
_ACCEPTS_GZIP = re.compile(r"\bgzip\b(?!\s*;\s*q=0(?:\.0*)?\s*(?:,|$))")


def check_query(request, allowed: frozenset[str]) -> None:
    """Unknown or repeated parameters are a 400: a typo never returns unfiltered content."""
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


def accepts_gzip(request) -> bool:
    return bool(_ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")))


def encode(body: bytes) -> tuple[str, bytes, str]:
    """``(encoding, payload, tag)``: the body compressed when that pays, and its tag."""
    tag = hashlib.sha256(body).hexdigest()[:32]
    if len(body) >= MIN_COMPRESSED_SIZE:
        compressed = gzip.compress(body, compresslevel=6, mtime=0)
        if len(compressed) < len(body):
            return GZIP, compressed, tag
    return IDENTITY, body, tag


def response_cache_key(token: str, language: str, full_path: str) -> str:
    raw = f"{token}|{language}|{full_path}"
    return "api:response:v2:" + hashlib.sha256(raw.encode()).hexdigest()


def api_endpoint(*schemas, public: bool = True, daily: bool = False):
    """Wrap a ninja operation's view (``decorate_view``) with the API's HTTP rules.

    The accepted query parameters are the fields of ``schemas`` — the same schemas the
    operation declares — so the allow-list and the OpenAPI document cannot disagree; the
    wrapped view carries them as ``accepted_query`` for the test that holds them equal.
    ``daily``: the answer also depends on today's date (e.g. past and coming dates), so
    it is kept per day and is never older than the day's start.
    """
    allowed = parameter_names(*schemas)

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            try:
                check_query(request, allowed)
                language = requested_language(request) if "locale" in allowed else ""
            except Problem as problem:
                return problem_response(request, problem)
            version = content_version()
            changed_at = version.changed_at
            scope = language
            if daily:
                today = timezone.localdate()
                scope = f"{language}|{today.isoformat()}"
                changed_at = max(changed_at, _start_of(today))
            key = None
            entry = None
            if public:
                key = response_cache_key(version.token, scope, request.get_full_path())
                entry = cache.get(key)
            if entry is None:
                response = view(request, *args, **kwargs)
                if response.status_code != 200:
                    return response
                entry = (*encode(response.content), _kept_headers(response))
                if key:
                    cache.set(key, entry, _response_timeout())
            return _finish(request, entry, changed_at, public)

        wrapped.accepted_query = allowed
        return wrapped

    return decorator


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _response_timeout() -> int:
    until_change = seconds_until_next_change()
    return RESPONSE_TIMEOUT if until_change is None else min(RESPONSE_TIMEOUT, until_change)


def _kept_headers(response) -> dict[str, str]:
    """What a cached answer must be sent with again: its media type (JSON, or a file
    such as a ZIP) and how a file is to be saved."""
    return {
        name: response[name]
        for name in ("Content-Type", "Content-Disposition")
        if response.has_header(name)
    }


def _finish(request, entry, changed_at, public: bool) -> HttpResponse:
    encoding, payload, tag, headers = entry
    if encoding == GZIP and not accepts_gzip(request):
        encoding, payload = IDENTITY, gzip.decompress(payload)
    etag = f'"{tag}-gz"' if encoding == GZIP else f'"{tag}"'
    last_modified = changed_at.timestamp()
    response = get_conditional_response(request, etag=etag, last_modified=int(last_modified))
    if response is None:
        response = HttpResponse(payload)
        for name, value in headers.items():
            response[name] = value
        if encoding == GZIP:
            response["Content-Encoding"] = GZIP
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    set_cache_headers(response, public)
    return response


def set_cache_headers(response, public: bool) -> None:
    if public:
        patch_cache_control(
            response,
            public=True,
            max_age=settings.API_CACHE_MAX_AGE,
            stale_while_revalidate=settings.API_CACHE_STALE_WHILE_REVALIDATE,
        )
    else:
        patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ["Accept-Language", "Accept-Encoding"])


def answers(schema, *, can_be_missing: bool = False) -> dict:
    """The responses an operation declares: its body, 304, and problem documents."""
    declared = {200: schema, 304: None, 400: ProblemOut}
    if can_be_missing:
        declared[404] = ProblemOut
    return declared
