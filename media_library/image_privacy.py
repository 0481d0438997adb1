"""Remove location and personal metadata from an uploaded photo before it is stored.

Wagtail's JPEG and PNG renditions copy the original's EXIF, and the original itself is
served from storage, so the original is cleaned once and every rendition inherits a
clean file. What is kept: pixels, the ICC colour profile and the allowlisted EXIF tags
(orientation, resolution; see ``exif.py``). What goes: GPS and personal EXIF, XMP,
IPTC/Photoshop blocks, comments and text chunks, and bytes after the end of the image.

- JPEG is re-saved by Pillow with ``quality="keep"`` (the original quantisation tables
  and subsampling), so it is not compressed a second time at another quality.
- PNG and WebP are rewritten chunk by chunk without decoding: pixels, animation and bit
  depth stay exactly as uploaded.
- AVIF is re-encoded only when it carries EXIF or XMP; ISO-BMFF cannot be edited in
  place without rewriting item offsets, and a re-encode at high quality is the lesser cost.
"""

import datetime
import io
import struct
import warnings
import zlib
from dataclasses import dataclass

from PIL import Image

from django.conf import settings
from django.utils.translation import gettext as _

from .exif import CleanExif, clean_exif
from .phone_photos import CONVERTED_TO_JPEG, convert_to_jpeg

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_DROPPED_CHUNKS = {b"tEXt", b"zTXt", b"iTXt", b"tIME"}
WEBP_DROPPED_CHUNKS = {b"XMP "}
WEBP_FLAG_EXIF = 0x08
WEBP_FLAG_XMP = 0x04
AVIF_REENCODE_QUALITY = 90
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "AVIF": "avif", **CONVERTED_TO_JPEG}
DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError)


class UnsafeImageError(ValueError):
    """The file is not an image we store; the message is shown to the editor."""


@dataclass(frozen=True)
class CleanImage:
    data: bytes
    format: str
    width: int
    height: int
    date_taken: datetime.date | None

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.format]


def strip_private_metadata(data: bytes) -> CleanImage:
    """The stored form of an upload; ``UnsafeImageError`` when it cannot be made."""
    width, height, image_format, exif = inspect_image(io.BytesIO(data))
    try:
        cleaned = _clean(data, image_format, exif)
    except UnsafeImageError:
        raise
    except DECODING_ERRORS as error:
        raise UnsafeImageError(_("This image file is damaged or incomplete.")) from error
    if image_format in CONVERTED_TO_JPEG:
        image_format = "JPEG"
    return CleanImage(cleaned, image_format, width, height, exif.date_taken)


def _clean(data: bytes, image_format: str, exif: CleanExif) -> bytes:
    if image_format in CONVERTED_TO_JPEG:
        return convert_to_jpeg(data, exif)
    if image_format == "JPEG":
        return _resave_jpeg(data, exif)
    if image_format == "PNG":
        return _rewrite_png(data, exif)
    if image_format == "WEBP":
        return _rewrite_webp(data, exif)
    return _reencode_avif(data, exif)


def inspect_image(file) -> tuple[int, int, str, CleanExif]:
    """Read the header only, refusing bombs and foreign formats before any pixel is decoded.

    Shared by the upload form (for a clear error) and the storage path (for every
    other way an image arrives), so both refuse the same files.
    """
    max_pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
    try:
        with warnings.catch_warnings():
            # Pillow warns above 89.5 MP; the setting's limit, checked below, decides.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                image_format = image.format
                width, height = image.size
                frames = getattr(image, "n_frames", 1)
                # From the header, not getexif(): a PNG's getexif() decodes every pixel.
                exif = clean_exif(image.info.get("exif"))
    except Image.DecompressionBombError as error:
        raise UnsafeImageError(_("This image has too many pixels.")) from error
    except (OSError, SyntaxError, ValueError) as error:
        raise UnsafeImageError(_("This file is not an image we can read.")) from error
    if image_format not in EXTENSIONS:
        raise UnsafeImageError(_("This image format is not accepted."))
    if max_pixels and width * height * frames > max_pixels:
        raise UnsafeImageError(
            _("This image has too many pixels (%(count)d); the most we accept is %(limit)d.")
            % {"count": width * height * frames, "limit": max_pixels}
        )
    return width, height, image_format, exif


def _resave_jpeg(data: bytes, exif: CleanExif) -> bytes:
    output = io.BytesIO()
    with Image.open(io.BytesIO(data)) as image:
        options = {
            "format": "JPEG",
            "quality": "keep",
            "exif": exif.data,
            "comment": b"",
            "progressive": bool(image.info.get("progressive")),
        }
        if image.info.get("icc_profile"):
            options["icc_profile"] = image.info["icc_profile"]
        if image.info.get("dpi"):
            options["dpi"] = image.info["dpi"]
        image.save(output, **options)
    return output.getvalue()


def _rewrite_png(data: bytes, exif: CleanExif) -> bytes:
    output = [PNG_SIGNATURE]
    position = len(PNG_SIGNATURE)
    while position + 12 <= len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        chunk_type = data[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(data):
            raise UnsafeImageError(_("This PNG file is truncated."))
        if chunk_type == b"eXIf":
            if exif.tiff:
                output.append(_png_chunk(b"eXIf", exif.tiff))
        elif chunk_type not in PNG_DROPPED_CHUNKS:
            output.append(data[position:end])
        position = end
        if chunk_type == b"IEND":
            break
    return b"".join(output)


def _png_chunk(chunk_type: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(chunk_type + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + chunk_type + body + struct.pack(">I", crc)


def _rewrite_webp(data: bytes, exif: CleanExif) -> bytes:
    (riff_size,) = struct.unpack("<I", data[4:8])
    end_of_riff = min(len(data), 8 + riff_size)
    chunks = []
    position = 12
    while position + 8 <= end_of_riff:
        fourcc = data[position : position + 4]
        (size,) = struct.unpack("<I", data[position + 4 : position + 8])
        body = data[position + 8 : position + 8 + size]
        if len(body) != size:
            raise UnsafeImageError(_("This WebP file is truncated."))
        position += 8 + size + (size & 1)
        if fourcc == b"EXIF":
            if exif.tiff:
                chunks.append([fourcc, exif.tiff])
        elif fourcc not in WEBP_DROPPED_CHUNKS:
            chunks.append([fourcc, body])
    present = {chunk[0] for chunk in chunks}
    for chunk in chunks:
        if chunk[0] == b"VP8X":
            flags = chunk[1][0] & ~(WEBP_FLAG_EXIF | WEBP_FLAG_XMP)
            if b"EXIF" in present:
                flags |= WEBP_FLAG_EXIF
            chunk[1] = bytes([flags]) + chunk[1][1:]
    body = b"WEBP" + b"".join(
        fourcc + struct.pack("<I", len(payload)) + payload + b"\x00" * (len(payload) & 1)
        for fourcc, payload in chunks
    )
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _reencode_avif(data: bytes, exif: CleanExif) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        if not image.info.get("exif") and not image.info.get("xmp"):
            return data
        output = io.BytesIO()
        options = {"format": "AVIF", "quality": AVIF_REENCODE_QUALITY, "exif": exif.data}
        if image.info.get("icc_profile"):
            options["icc_profile"] = image.info["icc_profile"]
        image.save(output, save_all=getattr(image, "n_frames", 1) > 1, **options)
    return output.getvalue()
