"""Draft previews for front-ends: a signed, short-lived token per revision.

An editor with edit rights asks the admin for a preview link; the token in it names
the page and the revision that was latest at that moment, and expires. The API then
serves exactly that revision to whoever holds the token, never cached: a link sent
round for comment keeps showing what was sent, and without a valid token drafts stay
unreachable.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing

SALT = "mekendesh.preview"


@dataclass(frozen=True)
class PreviewTarget:
    page_id: int
    revision_id: int | None


def make_token(page) -> str:
    revision_id = page.latest_revision_id
    return signing.dumps({"page": page.pk, "revision": revision_id}, salt=SALT, compress=True)


def read_token(token: str) -> PreviewTarget | None:
    """What the token names, or None for a tampered or expired token."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.PREVIEW_TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    page_id, revision_id = data.get("page"), data.get("revision")
    if not isinstance(page_id, int) or not isinstance(revision_id, int | None):
        return None
    return PreviewTarget(page_id, revision_id)


def frontend_preview_url(page, token: str) -> str:
    query = urlencode(
        {
            "token": token,
            "type": f"{page._meta.app_label}.{page.__class__.__name__}",
            "locale": page.locale.language_code,
        }
    )
    return f"{settings.FRONTEND_PREVIEW_URL}?{query}"
