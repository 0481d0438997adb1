"""Video and audio players from the services our readers already use."""

import re

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .providers import (
    AUDIO_PROVIDERS,
    VIDEO_PROVIDERS,
    UnsupportedURL,
    parse_audio_url,
    parse_video_url,
)
from .text import PREVIEW_TEMPLATE
from .validation import FieldErrors

_DURATION = re.compile(r"^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$")


class VideoValue(blocks.StructValue):
    def embed(self):
        """The provider and player address, or None for an address that was never cleaned."""
        try:
            return parse_video_url(self.get("url") or "")
        except UnsupportedURL:
            return None

    def provider_label(self):
        embed = self.embed()
        return VIDEO_PROVIDERS[embed.provider] if embed else ""


class AudioValue(blocks.StructValue):
    def embed(self):
        try:
            return parse_audio_url(self.get("url") or "")
        except UnsupportedURL:
            return None

    def provider_label(self):
        embed = self.embed()
        return AUDIO_PROVIDERS[embed.provider] if embed else ""

    def duration_seconds(self):
        return parse_duration(self.get("duration") or "")


def parse_duration(text: str) -> int | None:
    match = _DURATION.match(text.strip())
    if not match:
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def _check_url(check, parse):
    if "url" in check:
        return
    try:
        parse(check.value["url"])
    except UnsupportedURL as error:
        check.add("url", error.message, params=error.params)


class VideoEmbedBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Video address"),
        help_text=_(
            "Address of the video on YouTube, Vimeo, Facebook, VK Video, OK.ru or Rutube."
        ),
    )
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=200,
        help_text=_("Names the player for screen readers and for the app's video list."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=500)

    def clean(self, value):
        check = FieldErrors(self, super().clean, value)
        _check_url(check, parse_video_url)
        return check.raise_if_any()

    def get_embed(self, value):
        return value.embed()

    def get_api_representation(self, value, context=None):
        embed = value.embed()
        return {
            "url": value["url"],
            "title": value["title"],
            "caption": value["caption"] or "",
            "provider": embed.provider if embed else None,
            "embed_url": embed.embed_url if embed else None,
        }

    class Meta:
        icon = "media"
        label = _("Video")
        help_text = _("A video from a known service, played without tracking cookies.")
        description = _("Embeds a video player from YouTube, Vimeo, Facebook, VK, OK or Rutube.")
        template = "cms/blocks/video_embed.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = VideoValue
        preview_value = {
            "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "title": "Мекенге кайткандар",
            "caption": "Үч үй-бүлөнүн окуясы.",
        }


class AudioEmbedBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Audio address"),
        help_text=_(
            "An episode on SoundCloud, Spotify, Apple Podcasts or Castbox, "
            "or a direct https link to an .mp3, .m4a or .ogg file."
        ),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    duration = blocks.CharBlock(
        label=_("Duration"),
        required=False,
        max_length=8,
        help_text=_("Minutes and seconds, e.g. 12:30, or 1:05:00."),
    )

    def clean(self, value):
        check = FieldErrors(self, super().clean, value)
        _check_url(check, parse_audio_url)
        duration = "" if "duration" in check else check.value["duration"]
        if duration and parse_duration(duration) is None:
            check.add("duration", _("Write the duration as minutes:seconds, e.g. 12:30."))
        return check.raise_if_any()

    def get_embed(self, value):
        return value.embed()

    def get_api_representation(self, value, context=None):
        embed = value.embed()
        return {
            "url": value["url"],
            "title": value["title"],
            "duration_seconds": value.duration_seconds(),
            "provider": embed.provider if embed else None,
            "embed_url": embed.embed_url if embed else None,
        }

    class Meta:
        icon = "media"
        label = _("Audio or podcast")
        help_text = _("A podcast episode or a recording from a known service or file.")
        description = _("Embeds an audio player for a podcast episode or recording.")
        template = "cms/blocks/audio_embed.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = AudioValue
        preview_value = {
            "url": "https://example.org/podcast/mekendesh-01.mp3",
            "title": "Мекендеш подкасты, 1-чыгарылыш",
            "duration": "24:10",
        }
