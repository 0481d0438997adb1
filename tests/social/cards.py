"""What a link card must be for every channel to show it."""

import io

import pytest
from PIL import Image

from media_library.renditions import preset_spec


def link_card_of(image):
    """The 1200×630 JPEG every channel's link preview shows."""
    rendition = image.get_rendition(preset_spec("link_card", "jpeg"))
    with rendition.file.open("rb") as photo:
        content = photo.read()
    return rendition, content


def assert_a_card_every_channel_takes(seo, image):
    rendition, content = link_card_of(image)
    card = seo["og_image"]
    assert card["type"] == "image/jpeg"
    assert card["url"].endswith(rendition.url)
    assert (card["width"], card["height"]) == (rendition.width, rendition.height)
    assert card["width"] / card["height"] == pytest.approx(1200 / 630, rel=0.01)
    assert card["alt"]
    assert len(content) < 300 * 1024
    assert Image.open(io.BytesIO(content)).format == "JPEG"
