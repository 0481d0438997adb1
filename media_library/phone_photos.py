"""Phone formats we accept by turning them into JPEG: MPO (Android) and HEIC (iPhone).

- MPO is a JPEG followed by more JPEGs (a depth map, a second lens, a preview). The
  first frame is the photo; it is re-saved with its own quantisation tables and
  subsampling, as ``quality="keep"`` does for a plain JPEG, and the rest is dropped.
- HEIC/HEIF is decoded by pillow-heif and encoded as JPEG at high quality: browsers
  other than Safari cannot show HEIC, and renditions need a format every client reads.

The EXIF is the cleaned allowlist of ``exif.py``; XMP, MPF and maker notes are not
carried over, so these photos leave with no more than a JPEG upload keeps.
"""

import io

import pillow_heif
from PIL import Image, JpegImagePlugin

from .exif import CleanExif

CONVERTED_TO_JPEG = {"MPO": "jpg", "HEIF": "jpg"}
HEIF_JPEG_QUALITY = 92


def register_phone_formats() -> None:
    """Let Pillow (and so Willow and Wagtail) open HEIC files."""
    pillow_heif.register_heif_opener()


def convert_to_jpeg(data: bytes, exif: CleanExif) -> bytes:
    output = io.BytesIO()
    with Image.open(io.BytesIO(data)) as image:
        image.seek(0)
        options = {"format": "JPEG", "exif": exif.data, "comment": b""}
        if image.format == "MPO":
            options["qtables"] = image.quantization
            options["subsampling"] = JpegImagePlugin.get_sampling(image)
        else:
            options["quality"] = HEIF_JPEG_QUALITY
        if image.info.get("icc_profile"):
            options["icc_profile"] = image.info["icc_profile"]
        frame = image if image.mode in ("RGB", "L", "CMYK") else image.convert("RGB")
        frame.save(output, **options)
    return output.getvalue()
