"""Refuse oversized request bodies before anything reads them.

Django keeps form fields in memory only up to DATA_UPLOAD_MAX_MEMORY_SIZE, but it
spools the file parts of a multipart body to a temporary file whatever their size,
and the upload forms check a file's size only after it has been received. So the
declared length is checked here, before CSRF or any view parses the body: anyone may
send a sign-in form, signed-in users the largest upload. The proxy in front should
refuse larger bodies still earlier (see the README's Security section).

A body sent without Content-Length (chunked) is never read by Django's WSGI handler,
which reads exactly Content-Length bytes, so it needs no check here.

Some public endpoints take uploads from anyone (a contest's entry form): an app
registers their paths with ``allow_body_size`` from its ``ready()``, so this module
never imports it.
"""

import re
from collections.abc import Callable

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _

from cms.api.problems import Problem, problem_response

API_PREFIX = "/api/"

# (compiled path pattern, limit in bytes or a callable returning it), in registration order.
_ALLOWED_BODY_SIZES: list[tuple[re.Pattern, int | Callable[[], int]]] = []


def allow_body_size(path_pattern: str, max_bytes: int | Callable[[], int]) -> None:
    """Let anyone send bodies up to ``max_bytes`` to paths matching ``path_pattern``.

    The pattern must match the whole path. ``max_bytes`` may be a callable, read on each
    request, so a limit taken from the settings follows them. Registering the same
    pattern again replaces its limit.
    """
    compiled = re.compile(path_pattern)
    _ALLOWED_BODY_SIZES[:] = [entry for entry in _ALLOWED_BODY_SIZES if entry[0] != compiled]
    _ALLOWED_BODY_SIZES.append((compiled, max_bytes))


def allowed_body_size(path: str) -> int | None:
    """The registered limit for ``path``, or None when no registration matches it."""
    for pattern, limit in _ALLOWED_BODY_SIZES:
        if pattern.fullmatch(path):
            return limit() if callable(limit) else limit
    return None


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return self._refuse(request, 400, _("The Content-Length header is not a number."))
        registered = allowed_body_size(request.path_info)
        if registered is not None:
            if length > registered:
                return self._refuse(
                    request,
                    413,
                    _("The request is too large: at most %(limit)s bytes are accepted.")
                    % {"limit": registered},
                )
        elif length > settings.MAX_ANONYMOUS_REQUEST_BODY_SIZE:
            limit = (
                settings.MAX_REQUEST_BODY_SIZE
                if request.user.is_authenticated
                else settings.MAX_ANONYMOUS_REQUEST_BODY_SIZE
            )
            if length > limit:
                return self._refuse(
                    request,
                    413,
                    _("The request is too large: at most %(limit)s bytes are accepted.")
                    % {"limit": limit},
                )
        return self.get_response(request)

    @staticmethod
    def _refuse(request, status, detail):
        if request.path.startswith(API_PREFIX):
            title = _("Request too large") if status == 413 else _("Bad request")
            return problem_response(request, Problem(status, title, detail))
        return HttpResponse(detail, status=status, content_type="text/plain; charset=utf-8")
