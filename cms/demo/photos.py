"""Demo photos drawn with Pillow: no stock photos of real people, so no consent issue.

Each picture is a landscape (sky, mountains, sun) whose colours come from the
photo's key, so the same key always draws the same picture.
"""

import hashlib
import io

from PIL import Image, ImageDraw

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection

from cms.editorial import media_library_collection
from media_library.enums import Licence, ReleaseStatus

COLLECTION_NAME = "Demo photos"
CREDIT = "Illustration: Mekendesh CMS"
SIZE = (1200, 800)


def draw_landscape(key: str) -> bytes:
    seed = hashlib.sha256(key.encode()).digest()
    width, height = SIZE
    picture = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(picture)
    top = (40 + seed[0] % 60, 90 + seed[1] % 80, 160 + seed[2] % 90)
    bottom = (220 + seed[3] % 35, 180 + seed[4] % 60, 120 + seed[5] % 80)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    sun_x, sun_r = 200 + seed[6] * 4, 70 + seed[7] % 50
    draw.ellipse(
        [sun_x - sun_r, 180 - sun_r, sun_x + sun_r, 180 + sun_r],
        fill=(255, 210 + seed[8] % 40, 60),
    )
    for layer in range(3):
        shade = 60 + layer * 35 + seed[9 + layer] % 20
        base = int(height * (0.55 + layer * 0.12))
        points = [(0, height), (0, base)]
        for step in range(9):
            x = step * width // 8
            peak = base - (seed[12 + step + layer] % 180) - (60 if step % 2 else 0)
            points.append((x, peak))
        points += [(width, base), (width, height)]
        draw.polygon(points, fill=(shade // 2, shade, shade // 2 + 10))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def demo_collection() -> Collection:
    existing = Collection.objects.filter(name=COLLECTION_NAME).first()
    return existing or media_library_collection().add_child(name=COLLECTION_NAME)


def ensure_photo(key: str, *, title: str, alt: dict[str, str], caption: dict[str, str]):
    """Return the demo photo for ``key``, drawing and saving it only the first time."""
    image_model = get_image_model()
    collection = demo_collection()
    image = image_model.objects.filter(collection=collection, title=title).first()
    if image is not None:
        return image
    file = ImageFile(io.BytesIO(draw_landscape(key)), name=f"{key}.jpg")
    return image_model.objects.create(
        title=title,
        file=file,
        collection=collection,
        description=alt["ky"],
        alt_text_ru=alt["ru"],
        alt_text_en=alt["en"],
        caption=caption["ky"],
        caption_ru=caption["ru"],
        caption_en=caption["en"],
        photographer="Mekendesh CMS",
        credit_line=CREDIT,
        licence=Licence.CC_BY,
        release_status=ReleaseStatus.NOT_NEEDED,
    )
