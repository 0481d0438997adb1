"""EXIF kept on our photos: an allowlist, so no camera vendor's new tag slips through.

Photos of migrants and their families must never reveal where they live or who owns the
camera, so everything is dropped except the few tags that change how the picture is
displayed. GPS, the Exif and interoperability sub-IFDs (serial numbers, ImageUniqueID,
MakerNote, UserComment, camera owner), Artist, the XP* tags and the embedded thumbnail
(IFD1, which can show an uncropped version of the photo) all go.
"""

import datetime
from dataclasses import dataclass

from PIL import ExifTags, Image

KEPT_TAGS = (
    ExifTags.Base.Orientation,
    ExifTags.Base.XResolution,
    ExifTags.Base.YResolution,
    ExifTags.Base.ResolutionUnit,
    ExifTags.Base.YCbCrPositioning,
)
EXIF_HEADER = b"Exif\x00\x00"


@dataclass(frozen=True)
class CleanExif:
    data: bytes
    """TIFF-structured EXIF with the ``Exif\\0\\0`` header, or empty when nothing is kept."""
    date_taken: datetime.date | None

    @property
    def tiff(self) -> bytes:
        """The same EXIF without the JPEG header, as PNG and WebP chunks hold it."""
        return self.data.removeprefix(EXIF_HEADER)


def clean_exif(raw: bytes | Image.Exif | None) -> CleanExif:
    if not raw:
        return CleanExif(b"", None)
    if isinstance(raw, Image.Exif):
        original = raw
    else:
        original = Image.Exif()
        try:
            original.load(raw)
        except (SyntaxError, ValueError, OSError):
            # Unreadable EXIF is simply not kept.
            return CleanExif(b"", None)
    kept = Image.Exif()
    for tag in KEPT_TAGS:
        if tag in original:
            kept[tag] = original[tag]
    return CleanExif(kept.tobytes() if len(kept) else b"", _date_taken(original))


def _date_taken(exif: Image.Exif) -> datetime.date | None:
    """DateTimeOriginal ("YYYY:MM:DD HH:MM:SS"); cameras with no clock write zeros."""
    try:
        value = exif.get_ifd(ExifTags.IFD.Exif).get(ExifTags.Base.DateTimeOriginal)
    except (KeyError, ValueError, OSError):
        return None
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    try:
        return datetime.datetime.strptime(value.strip()[:10], "%Y:%m:%d").date()
    except ValueError:
        return None
