"""The body every page type composes its content from."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .actions import CallToActionBlock
from .api import stream_context
from .data import KeyFiguresBlock, PlaceBlock, TimelineBlock
from .embeds import AudioEmbedBlock, VideoEmbedBlock
from .images import GalleryBlock, ImageWithCaptionBlock
from .text import HeadingBlock, PullQuoteBlock, SourceCitationBlock, StoryTextBlock

# Names are stored in every page's JSON: renaming one needs a data migration.
BODY_BLOCKS = [
    ("text", StoryTextBlock()),
    ("heading", HeadingBlock()),
    ("quote", PullQuoteBlock()),
    ("image", ImageWithCaptionBlock()),
    ("gallery", GalleryBlock()),
    ("video", VideoEmbedBlock()),
    ("audio", AudioEmbedBlock()),
    ("key_figures", KeyFiguresBlock()),
    ("timeline", TimelineBlock()),
    ("place", PlaceBlock()),
    ("call_to_action", CallToActionBlock()),
    ("source", SourceCitationBlock()),
]


class BodyStreamBlock(blocks.StreamBlock):
    def __init__(self, local_blocks=None, **kwargs):
        super().__init__(list(BODY_BLOCKS) + list(local_blocks or []), **kwargs)

    def get_api_representation(self, value, context=None):
        """Prefetches what the blocks point at, for callers (API v2) that serialise it whole."""
        if not value:
            return []
        return super().get_api_representation(value, stream_context(self, value, context))

    class Meta:
        label = _("Body")
