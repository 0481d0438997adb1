"""The block library shared by stories, campaign themes and later page types.

A page's body is ``StreamField(BodyStreamBlock(), blank=True)``; a page type that needs
a block of its own passes it as ``BodyStreamBlock([("name", SomeBlock())])``.
"""

from .actions import CallToActionBlock
from .data import KeyFiguresBlock, PlaceBlock, TimelineBlock
from .embeds import AudioEmbedBlock, VideoEmbedBlock
from .images import GalleryBlock, ImageWithCaptionBlock, image_api_representation, iter_images
from .providers import Embed, UnsupportedURL, parse_audio_url, parse_video_url
from .stream import BODY_BLOCKS, BodyStreamBlock
from .text import (
    RICH_TEXT_FEATURES,
    HeadingBlock,
    PullQuoteBlock,
    SourceCitationBlock,
    StoryTextBlock,
)

__all__ = [
    "BODY_BLOCKS",
    "RICH_TEXT_FEATURES",
    "AudioEmbedBlock",
    "BodyStreamBlock",
    "CallToActionBlock",
    "Embed",
    "GalleryBlock",
    "HeadingBlock",
    "ImageWithCaptionBlock",
    "KeyFiguresBlock",
    "PlaceBlock",
    "PullQuoteBlock",
    "SourceCitationBlock",
    "StoryTextBlock",
    "TimelineBlock",
    "UnsupportedURL",
    "VideoEmbedBlock",
    "image_api_representation",
    "iter_images",
    "parse_audio_url",
    "parse_video_url",
]
