"""Photos for print: the original, turned upright, no larger than 300 dpi needs.

Web renditions are at most a screen wide and would print blurred, so the print files
read the original from storage (the filesystem or S3, through the image's storage).
A camera's original is often several times what a printed area needs at 300 dpi; it
is scaled down to that, never up, so a catalogue stays small enough to send to a print
shop. The original is left as stored.
"""

import io
from dataclasses import dataclass
from math import ceil

from PIL import Image, ImageOps

from .content import Photo
from .document import DPI, MM_PER_INCH

JPEG_QUALITY = 92


@dataclass(frozen=True)
class PrintImage:
    data: io.BytesIO
    width: int
    height: int

    @property
    def aspect(self) -> float:
        return self.width / self.height


def pixels_for(mm: float) -> int:
    return ceil(mm / MM_PER_INCH * DPI)


def prepare(photo: Photo, box_mm: tuple[float, float]) -> PrintImage:
    """The photo as a JPEG that fills at most ``box_mm`` at 300 dpi, aspect kept."""
    limit = (pixels_for(box_mm[0]), pixels_for(box_mm[1]))
    with photo.open() as original, Image.open(original) as image:
        upright = _upright(image, limit)
    upright.thumbnail(limit, Image.Resampling.LANCZOS)
    if upright.mode != "RGB":
        upright = upright.convert("RGB")
    data = io.BytesIO()
    upright.save(data, "JPEG", quality=JPEG_QUALITY, optimize=True)
    data.seek(0)
    return PrintImage(data, upright.width, upright.height)


def _upright(image: Image.Image, limit: tuple[int, int]) -> Image.Image:
    """EXIF orientation applied; a large JPEG is decoded at a reduced scale first.

    ``draft`` lets libjpeg skip detail that the print size would throw away (a scale
    of 1/2, 1/4 or 1/8 that stays at least as large as needed in both directions,
    whichever way the photo turns), which saves most of the time and memory.
    """
    side = max(limit)
    if image.format == "JPEG":
        image.draft("RGB", (side, side))
    return ImageOps.exif_transpose(image)
