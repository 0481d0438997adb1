"""Draft previews for front-ends: a signed, short-lived token per page.

An editor with edit rights asks the admin for a preview link; the token in it names
the page and expires. The API then serves the page's latest revision to whoever holds
the token, never cached; without a valid token drafts stay unreachable.
"""

from django.conf import settings
from django.core import signing

SALT = "mekendesh.preview"


def make_token(page) -> str:
    return signing.dumps({"page": page.pk}, salt=SALT, compress=True)


def read_token(token: str) -> int | None:
    """The page id, or None for a tampered or expired token."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.PREVIEW_TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    page_id = data.get("page") if isinstance(data, dict) else None
    return page_id if isinstance(page_id, int) else None


def frontend_preview_url(page, token: str) -> str:
    from urllib.parse import urlencode

    query = urlencode(
        {
            "token": token,
            "type": f"{page._meta.app_label}.{page.__class__.__name__}",
            "locale": page.locale.language_code,
        }
    )
    return f"{settings.FRONTEND_PREVIEW_URL}?{query}"
