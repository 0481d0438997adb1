"""Entry files are checked with the media library's own rules before anything is stored.

Photos: size before reading, type from content (SVG, HTML and other markup are not
images), bombs refused from the header, GPS and personal EXIF stripped
(``strip_private_metadata``, the same cleaning every library photo gets). Documents:
an allowed extension, a size limit, and content that matches the extension
(``document_content_problem``). What is kept is the cleaned bytes; the stored name is
random (``models.entries.entry_file_name``).
"""

import hashlib
import os
from dataclasses import dataclass

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from media_library.document_checks import SNIFF_BYTES, document_content_problem
from media_library.image_privacy import UnsafeImageError, strip_private_metadata

from .enums import FieldType, FileKind

IMAGE_CONTENT_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "AVIF": "image/avif",
}
DOCUMENT_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "txt": "text/plain",
    "csv": "text/csv",
}


class FileRefused(ValueError):
    """The reason is shown to the entrant."""


@dataclass(frozen=True)
class CheckedFile:
    field_name: str
    kind: str
    data: bytes
    extension: str
    content_type: str
    original_name: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _extension(name: str) -> str:
    return os.path.splitext(name or "")[1].lower().lstrip(".")


def safe_display_name(name: str) -> str:
    """The entrant's file name as a label: no folders, no control characters, not too long."""
    base = os.path.basename((name or "").replace("\\", "/"))
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '"/\\').strip(". ")
    stem, extension = os.path.splitext(cleaned)
    return (stem[:120] + extension[:10]) or "file"


def check_file(field_name: str, field_type: str, upload) -> CheckedFile:
    extension = _extension(upload.name)
    as_image = field_type == FieldType.IMAGES or (
        field_type == FieldType.FILES and extension in settings.WAGTAILIMAGES_EXTENSIONS
    )
    if as_image:
        return _check_image(field_name, upload)
    return _check_document(field_name, upload, extension)


def _check_size(upload, limit: int) -> None:
    # Before reading: Django has spooled the part to disk; only its size is looked at.
    if upload.size > limit:
        raise FileRefused(
            _("This file is %(size)s; the most accepted is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    if upload.size == 0:
        raise FileRefused(_("This file is empty."))


def _check_image(field_name: str, upload) -> CheckedFile:
    _check_size(upload, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
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
    return CheckedFile(
        field_name,
        FileKind.IMAGE,
        clean.data,
        clean.extension,
        IMAGE_CONTENT_TYPES.get(clean.format, "application/octet-stream"),
        safe_display_name(upload.name),
    )


def _check_document(field_name: str, upload, extension: str) -> CheckedFile:
    allowed = [ext for ext in settings.WAGTAILDOCS_EXTENSIONS if ext in DOCUMENT_CONTENT_TYPES]
    if extension not in allowed:
        raise FileRefused(
            _("Files ending in .%(extension)s are not accepted; send one of: %(allowed)s.")
            % {"extension": extension or "?", "allowed": ", ".join(allowed)}
        )
    _check_size(upload, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    problem = document_content_problem(head, extension)
    if problem:
        raise FileRefused(problem)
    upload.seek(0)
    return CheckedFile(
        field_name,
        FileKind.DOCUMENT,
        upload.read(),
        extension,
        DOCUMENT_CONTENT_TYPES[extension],
        safe_display_name(upload.name),
    )
