"""Entry files are checked with the media library's own rules before anything is stored.

Photos: ``media_library.uploads.check_photo``, the checks every public upload gets. Documents:
an allowed extension, a size limit, and content that matches the extension
(``document_content_problem``). What is kept is the cleaned bytes; the stored name is
random (``models.entries.entry_file_name``).
"""

import hashlib
import os
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from media_library.document_checks import SNIFF_BYTES, document_content_problem
from media_library.uploads import FileRefused, check_photo, check_size, safe_display_name

from .enums import FieldType, FileKind

__all__ = ["CheckedFile", "FileRefused", "check_file", "safe_display_name"]

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


def check_file(field_name: str, field_type: str, upload) -> CheckedFile:
    extension = _extension(upload.name)
    as_image = field_type == FieldType.IMAGES or (
        field_type == FieldType.FILES and extension in settings.WAGTAILIMAGES_EXTENSIONS
    )
    if as_image:
        return _check_image(field_name, upload)
    return _check_document(field_name, upload, extension)


def _check_image(field_name: str, upload) -> CheckedFile:
    clean = check_photo(upload)
    return CheckedFile(
        field_name,
        FileKind.IMAGE,
        clean.data,
        clean.extension,
        clean.content_type,
        clean.original_name,
    )


def _check_document(field_name: str, upload, extension: str) -> CheckedFile:
    allowed = [ext for ext in settings.WAGTAILDOCS_EXTENSIONS if ext in DOCUMENT_CONTENT_TYPES]
    if extension not in allowed:
        raise FileRefused(
            _("Files ending in .%(extension)s are not accepted; send one of: %(allowed)s.")
            % {"extension": extension or "?", "allowed": ", ".join(allowed)}
        )
    check_size(upload, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
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
