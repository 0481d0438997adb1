"""Files sent by the public (contest entries, story tips): checked, then stored together.

The checks are the media library's own: size before reading, type from the content
(SVG, HTML and other markup are not images), bombs refused from the header, GPS and
personal EXIF stripped and phone formats (HEIC, MPO) turned into JPEG by
``strip_private_metadata``, the same cleaning every library photo gets. What is kept is
the cleaned bytes; the name an upload came with is only ever a label.

``files_or_nothing`` writes the rows and their files in one transaction and deletes the
files already written when anything fails, so a refused or failed request leaves no row
and no file behind.
"""

import contextlib
import hashlib
import os
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .document_checks import SNIFF_BYTES
from .image_privacy import UnsafeImageError, strip_private_metadata

IMAGE_CONTENT_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "AVIF": "image/avif",
}


class FileRefused(ValueError):
    """The reason is shown to the sender."""


@dataclass(frozen=True)
class CleanUpload:
    data: bytes
    extension: str
    content_type: str
    original_name: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def safe_display_name(name: str) -> str:
    """The sender's file name as a label: no folders, no control characters, not too long."""
    base = os.path.basename((name or "").replace("\\", "/"))
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '"/\\').strip(". ")
    stem, extension = os.path.splitext(cleaned)
    return (stem[:120] + extension[:10]) or "file"


def check_size(upload, limit: int) -> None:
    # Before reading: Django has spooled the part to disk; only its size is looked at.
    if upload.size > limit:
        raise FileRefused(
            _("This file is %(size)s; the most accepted is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    if upload.size == 0:
        raise FileRefused(_("This file is empty."))


def check_photo(upload) -> CleanUpload:
    """A photo as it will be stored, or ``FileRefused`` saying why not."""
    check_size(upload, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    if b"<svg" in head.lower():
        raise FileRefused(
            _("SVG images are not accepted because they can contain scripts. Send a PNG.")
        )
    upload.seek(0)
    try:
        clean = strip_private_metadata(upload.read())
    except UnsafeImageError as error:
        raise FileRefused(str(error)) from error
    return CleanUpload(
        clean.data,
        clean.extension,
        IMAGE_CONTENT_TYPES.get(clean.format, "application/octet-stream"),
        safe_display_name(upload.name),
    )


class WrittenFiles:
    """The files written so far, to be deleted if the transaction does not commit."""

    def __init__(self):
        self.names: list[tuple] = []

    def save(self, field_file, name: str, data: bytes) -> None:
        field_file.save(name, ContentFile(data), save=False)
        self.names.append((field_file.storage, field_file.name))

    def delete_all(self) -> None:
        for storage, name in self.names:
            storage.delete(name)


@contextlib.contextmanager
def files_or_nothing():
    """A transaction whose files (``written.save``) are deleted when it fails."""
    written = WrittenFiles()
    try:
        with transaction.atomic():
            yield written
    except BaseException:
        written.delete_all()
        raise
