"""Malicious and awkward uploads, built in memory: bombs, polyglots, markup, phone formats.

Each sample is ``(id, file name, bytes, expected)``; ``expected`` is ``"refused"`` or
``"cleaned"`` (stored without metadata and without the smuggled payload).
"""

import io
import struct
import zlib

import pillow_heif
from PIL import Image

from .sample_images import SECRET_XMP, personal_exif, photo_bytes, picture, png_declaring

SCRIPT = b"<script>alert(document.cookie)</script>"
HTML = b"<!doctype html><html><body>" + SCRIPT + b"</body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'
ZIP_ENTRY = b"PK\x03\x04" + b"\x14\x00" + b"\x00" * 24 + b"evil.html" + HTML
# Markers that must never reach storage when the file is accepted.
PAYLOAD_MARKERS = (SCRIPT, b"PK\x03\x04", b"evil.html")


def jpeg_declaring(width: int, height: int) -> bytes:
    """A JPEG header (SOF0) claiming a huge image, with no pixels behind it."""
    components = b"".join(bytes([index, 0x11, 0]) for index in (1, 2, 3))
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 8 + len(components), 8, height, width, 3)
    return b"\xff\xd8" + sof + components + b"\xff\xd9"


def gif_declaring(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00;"


def gif_with_javascript() -> bytes:
    """Valid as GIF and as JavaScript: ``GIF89a/*`` opens a comment the script closes."""
    return b"GIF89a/*\x01\x00\x01\x00\x00\x00\x00;*/=alert(document.domain);//" + b"\x00" * 16


def png_with_html_chunk() -> bytes:
    data = photo_bytes("PNG", width=64, height=48)
    body = b"Comment\x00" + HTML
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + body) & 0xFFFFFFFF)
    end = data.rindex(b"IEND") - 4
    return data[:end] + chunk + data[end:]


def heic_bytes() -> bytes:
    pillow_heif.register_heif_opener()
    output = io.BytesIO()
    picture(320, 240).save(output, "HEIF", exif=personal_exif().tobytes(), xmp=SECRET_XMP)
    return output.getvalue()


def mpo_bytes() -> bytes:
    """Two frames, as Android phones store a photo with its depth or second-lens image."""
    output = io.BytesIO()
    first, second = picture(320, 240), picture(160, 120)
    first.save(
        output,
        "MPO",
        save_all=True,
        append_images=[second],
        exif=personal_exif(),
        xmp=SECRET_XMP,
    )
    return output.getvalue()


def image_samples():
    jpeg = photo_bytes(width=320, height=240)
    return [
        ("png-bomb", "bomb.png", png_declaring(30_000, 30_000), "refused"),
        ("jpeg-bomb", "bomb.jpg", jpeg_declaring(65_000, 65_000), "refused"),
        ("gif-bomb", "bomb.gif", gif_declaring(65_535, 65_535), "refused"),
        ("jpeg-html-polyglot", "polyglot.jpg", jpeg + HTML, "cleaned"),
        ("jpeg-zip-polyglot", "polyglot.jpg", jpeg + ZIP_ENTRY, "cleaned"),
        ("gif-javascript-polyglot", "script.gif", gif_with_javascript(), "refused"),
        ("png-html-chunk", "chunk.png", png_with_html_chunk(), "cleaned"),
        ("svg", "drawing.svg", SVG, "refused"),
        ("svg-named-png", "drawing.png", SVG, "refused"),
        ("html-named-jpg", "page.jpg", HTML, "refused"),
        ("jpeg-metadata", "family.jpg", jpeg, "cleaned"),
        ("png-metadata", "family.png", photo_bytes("PNG", width=320, height=240), "cleaned"),
        ("webp-metadata", "family.webp", photo_bytes("WEBP", width=320, height=240), "cleaned"),
        ("avif-metadata", "family.avif", photo_bytes("AVIF", width=320, height=240), "cleaned"),
        ("heic-metadata", "IMG_0001.HEIC", heic_bytes(), "cleaned"),
        ("mpo-metadata", "IMG_20240517.jpg", mpo_bytes(), "cleaned"),
        ("zero-bytes", "empty.jpg", b"", "refused"),
        ("truncated-jpeg", "cut.jpg", jpeg[: len(jpeg) // 2], "refused"),
        ("truncated-png", "cut.png", photo_bytes("PNG")[:300], "refused"),
        ("path-traversal", "../../etc/passwd.jpg", jpeg, "cleaned"),
        ("nul-in-name", "family\x00.php.jpg", jpeg, "cleaned"),
        ("very-long-name", "a" * 250 + ".jpg", jpeg, "cleaned"),
        ("htaccess-markup", ".htaccess", b"AddType application/x-httpd-php .jpg\n", "refused"),
        ("htaccess-jpeg", ".htaccess", jpeg, "cleaned"),
    ]


def document_samples():
    pdf = io.BytesIO()
    Image.new("RGB", (10, 10)).save(pdf, "PDF")
    return [
        ("html-named-pdf", "report.pdf", HTML, "refused"),
        ("svg-named-txt", "notes.txt", SVG, "refused"),
        ("program-named-pdf", "report.pdf", b"MZ\x90\x00" + b"\x00" * 200, "refused"),
        ("html", "page.html", HTML, "refused"),
        ("htaccess", ".htaccess", b"AddType application/x-httpd-php .pdf\n", "refused"),
        ("zero-bytes", "empty.pdf", b"", "refused"),
        ("path-traversal", "../../etc/passwd.pdf", pdf.getvalue(), "stored"),
    ]
