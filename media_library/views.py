"""The only door to private files on the filesystem: signed, short-lived, admin users only."""

import mimetypes
import os

from django.core import signing
from django.core.files.storage import storages
from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from .storage import is_private_name, unsign_private_name

INLINE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/avif", "image/gif"}


@require_safe
def serve_private_media(request, token):
    """Answers a link made by ``PrivateFileSystemStorage.url()``.

    The link alone is not enough: a forwarded or leaked link still needs a logged-in
    user who may use the admin, and it stops working after ``PRIVATE_MEDIA_URL_MAX_AGE``.
    Everyone else gets a 404, which says nothing about whether the file exists.
    """
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise Http404
    try:
        name = unsign_private_name(token)
    except signing.BadSignature:
        raise Http404 from None
    storage = storages["private_media"]
    if not is_private_name(name) or not storage.exists(name):
        raise Http404
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(
        storage.open(name),
        content_type=content_type,
        as_attachment=content_type not in INLINE_TYPES,
        filename=os.path.basename(name),
    )
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response
