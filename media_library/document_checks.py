"""What a document's first bytes must look like for its extension.

WAGTAILDOCS_EXTENSIONS only checks the name; a page of HTML or a program renamed
``report.pdf`` or ``notes.txt`` would pass it. Reading the first few kilobytes is
cheap, and refuses what a browser or a desktop could execute.
"""

from django.utils.translation import gettext as _

SNIFF_BYTES = 8192
ZIP = (b"PK\x03\x04",)
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "odt": ZIP,
    "rtf": (b"{\\rtf",),
}
TEXT_EXTENSIONS = {"txt", "csv"}
EXECUTABLE_SIGNATURES = (
    b"MZ",  # Windows PE
    b"\x7fELF",
    b"\xca\xfe\xba\xbe",  # Mach-O universal / Java class
    b"\xcf\xfa\xed\xfe",  # Mach-O 64-bit
    b"#!",  # scripts
)
# Openings that make a browser treat a file as HTML, SVG or XML (WHATWG MIME sniffing).
MARKUP_OPENINGS = (
    b"<!doctype",
    b"<html",
    b"<head",
    b"<body",
    b"<script",
    b"<iframe",
    b"<svg",
    b"<?xml",
    b"<!--",
    b"<style",
    b"<title",
    b"<div",
    b"<a ",
    b"<img",
    b"<object",
    b"<embed",
)


def document_content_problem(head: bytes, extension: str) -> str | None:
    """A message for the editor when ``head`` (the file's first bytes) is refused."""
    if head.startswith(EXECUTABLE_SIGNATURES):
        return _("This file is a program or script, which cannot be uploaded as a document.")
    signatures = SIGNATURES.get(extension)
    if signatures and not head.startswith(signatures):
        return _("This file is not a real .%(extension)s file.") % {"extension": extension}
    if extension in TEXT_EXTENSIONS or not signatures:
        opening = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if opening.startswith(MARKUP_OPENINGS):
            return _("Web pages, SVG and XML files cannot be uploaded as documents.")
    if extension in TEXT_EXTENSIONS and b"\x00" in head:
        return _("This file is not a text file.")
    return None
