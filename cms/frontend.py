"""Links to where the public reads a page: the front-end, not this CMS."""

from django.conf import settings


def frontend_url(page, request=None) -> str:
    """``FRONTEND_BASE_URL`` + the page's path with its language prefix."""
    parts = page.get_url_parts(request=request)
    if parts is None:
        return ""
    return settings.FRONTEND_BASE_URL.rstrip("/") + parts[2]
