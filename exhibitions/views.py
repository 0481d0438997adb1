"""``/s/<code>``: where a scanned QR code leads, counted without keeping anything personal.

A plain Django view outside the API and the admin: no session, no cookie, no record
of the visitor. The language is the first of ``Accept-Language`` that content is
written in, else Kyrgyz. The app opens the link with ``?app=1`` (or its user agent
carries ``APP_USER_AGENT_MARKER``) and is sent to its own deep link; everyone else goes
to the portal. A link whose exhibit is not public, or an unknown code, gets a
trilingual page saying so (404), never a redirect to something hidden.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.http import require_safe

from cms.api.languages import content_languages

from .links import normalise
from .models import ShortLink
from .scans import count_scan, venue_for
from .targets import target_of

MAX_HEADER = 500


def visitor_language(request) -> str:
    valid = content_languages()
    header = request.headers.get("Accept-Language", "")[:MAX_HEADER]
    for language, _quality in parse_accept_lang_header(header):
        base = language.split("-")[0].lower()
        if base in valid:
            return base
    return settings.LANGUAGE_CODE


def opened_in_app(request) -> bool:
    marker = settings.APP_USER_AGENT_MARKER
    return request.GET.get("app") == "1" or (
        bool(marker) and marker in request.headers.get("User-Agent", "")[:MAX_HEADER]
    )


class Redirect(HttpResponseRedirect):
    """Also to the app's own scheme (``APP_DEEP_LINK_URL``), e.g. ``migrantsguide://``."""

    @property
    def allowed_schemes(self):
        return [*HttpResponseRedirect.allowed_schemes, urlsplit(settings.APP_DEEP_LINK_URL).scheme]


def _no_store(response, language: str):
    """Every scan must reach the CMS to be counted, so nothing in between keeps it."""
    patch_cache_control(response, no_store=True, private=True)
    patch_vary_headers(response, ["Accept-Language", "User-Agent"])
    response["Content-Language"] = language
    response["Referrer-Policy"] = "no-referrer"
    return response


def not_on_show(request, language: str, *, known: bool):
    context = {
        "known": known,
        "languages": _languages_first(language),
        "portal_url": settings.FRONTEND_BASE_URL,
    }
    response = render(request, "exhibitions/short_link_missing.html", context, status=404)
    return _no_store(response, language)


def _languages_first(language: str) -> list[str]:
    return [language, *(code for code in content_languages() if code != language)]


@require_safe
def short_link(request, code: str):
    language = visitor_language(request)
    stored = normalise(code)
    link = ShortLink.objects.filter(code=stored).first() if stored else None
    if link is None:
        return not_on_show(request, language, known=False)
    if request.method == "GET":
        count_scan(link, venue_for(request.GET.get("v")))
    target = target_of(link, language)
    if target is None:
        return not_on_show(request, language, known=True)
    url = target.app_url() if opened_in_app(request) else target.portal_url(request)
    return _no_store(Redirect(url), target.language)
