"""Rules for every request under ``/api/``, whichever API or view answers it.

- The content version is read once per request, so all of a request's queries and its
  cache key agree on one version.
- Every error is an RFC 7807 problem document: Django's HTML 404 for an unknown path,
  ninja's 405, Wagtail API v2's ``{"message": …}`` errors alike.
- A path with a trailing slash that only exists without it is redirected (308) to the
  canonical path, query kept; no other path is guessed.
"""

import json

from django.http import HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .content_version import remember_for_request
from .problems import PROBLEM_CONTENT_TYPE, Problem, not_found, problem_response

API_PREFIX = "/api/"

TITLES = {
    400: gettext_lazy("Bad request"),
    401: gettext_lazy("Not authorised"),
    403: gettext_lazy("Forbidden"),
    404: gettext_lazy("Not found"),
    405: gettext_lazy("Method not allowed"),
    406: gettext_lazy("Not acceptable"),
    413: gettext_lazy("Request too large"),
    415: gettext_lazy("Unsupported media type"),
    429: gettext_lazy("Too many requests"),
}


class ApiMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        with remember_for_request():
            response = self.get_response(request)
        if response.status_code < 400 or response.get("Content-Type", "").startswith(
            PROBLEM_CONTENT_TYPE
        ):
            return response
        if response.status_code == 404:
            canonical = _canonical_path(request.path_info)
            if canonical:
                query = request.META.get("QUERY_STRING", "")
                mount = request.path[: len(request.path) - len(request.path_info)]
                redirect = HttpResponsePermanentRedirect(
                    mount + canonical + (f"?{query}" if query else "")
                )
                redirect.status_code = 308
                return redirect
        return _as_problem(request, response)


def _canonical_path(path: str) -> str | None:
    if not path.endswith("/") or path == API_PREFIX:
        return None
    candidate = path.rstrip("/")
    try:
        resolve(candidate)
    except Resolver404:
        return None
    return candidate


def _as_problem(request, response):
    status = response.status_code
    if status == 404:
        problem = not_found()
    else:
        problem = Problem(status, str(TITLES.get(status, _("Error"))), _message(response, status))
    converted = problem_response(request, problem)
    for header in ("Allow", "Retry-After", "WWW-Authenticate", "Vary"):
        if header in response:
            converted[header] = response[header]
    return converted


def _message(response, status: int) -> str:
    """The original error's own message when it is JSON (Wagtail v2, DRF, ninja)."""
    if response.get("Content-Type", "").startswith("application/json"):
        try:
            data = json.loads(response.content)
        except (ValueError, AttributeError):
            data = None
        if isinstance(data, dict):
            for field in ("message", "detail"):
                if isinstance(data.get(field), str):
                    return data[field]
    return _("The request could not be answered (HTTP %(status)s).") % {"status": status}
