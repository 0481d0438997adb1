"""Links to where the public reads a page: the front-end, not this CMS.

A page's front-end path is its language prefix plus its path below that language's
site root (``/ru/истории/slug/``), as Wagtail's own routing gives it. Building it from
``url_path`` avoids a URL reversal per link, which dominated list responses; pages
outside the site roots fall back to Wagtail's ``get_url_parts``.
"""

from django.conf import settings
from django.utils.encoding import iri_to_uri

from wagtail.models import Page, Site

from .memo import remembered


def _site_roots(request=None) -> dict[int, tuple[str, str]]:
    """Locale id → (root ``url_path``, language code) of the default site's roots.

    Kept on the request (or any object passed as one) so a list builds it once.
    """
    kept = getattr(request, "_frontend_site_roots", None)
    if kept is not None:
        return kept
    roots = remembered("site-roots", _read_site_roots)
    if request is not None:
        request._frontend_site_roots = roots
    return roots


def _read_site_roots() -> dict[int, tuple[str, str]]:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    roots = {}
    if site is not None:
        pages = Page.objects.filter(translation_key=site.root_page.translation_key)
        for root in pages.select_related("locale"):
            roots[root.locale_id] = (root.url_path, root.locale.language_code)
    return roots


def frontend_path(page, request=None) -> str | None:
    root = _site_roots(request).get(page.locale_id)
    if root and page.url_path.startswith(root[0]):
        return iri_to_uri(f"/{root[1]}/{page.url_path[len(root[0]) :]}")
    parts = page.get_url_parts(request=request)
    return parts[2] if parts else None


def frontend_url(page, request=None) -> str:
    """``FRONTEND_BASE_URL`` + the page's path with its language prefix."""
    path = frontend_path(page, request)
    return settings.FRONTEND_BASE_URL.rstrip("/") + path if path is not None else ""
