"""Preview modes per channel on the pages that have social packages.

Each mode draws the post as the channel shows it — the photo cut for the channel, the
text folded where the feed folds it, hashtags, the link card as it unfurls — from the
package the API would send for the draft, in the page's language. The photos are
shown from their renditions (made here if still missing: this is the admin, not the
API).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from media_library.renditions import preset_spec

from . import kinds
from .channels import CHANNELS
from .compose import compose


class SocialPreviewMixin:
    """Adds "Telegram", "Instagram", … to the page's preview modes."""

    @property
    def preview_modes(self):
        return [("", _("Default")), *((code, channel.name) for code, channel in CHANNELS.items())]

    def get_preview_template(self, request, mode_name):
        if mode_name in CHANNELS:
            return f"social/preview/{mode_name}.html"
        return super().get_preview_template(request, mode_name)

    def get_preview_context(self, request, mode_name):
        if mode_name in CHANNELS:
            return preview_context(self, CHANNELS[mode_name], request)
        return super().get_preview_context(request, mode_name)


def _rendition(image, size: str):
    return image.get_rendition(preset_spec(size, "jpeg")) if image is not None else None


def preview_context(page, channel, request) -> dict:
    source = kinds.for_model(type(page)).source(page, request)
    package = compose(source, channel)
    shown, rest = package.folded()
    return {
        "page": page,
        "request": request,
        "language": source.locale,
        "account": settings.WAGTAIL_SITE_NAME,
        "channel": channel,
        "package": package,
        "shown": shown,
        "rest": rest,
        "photo": _rendition(source.image, channel.image_size),
        "card": {
            "title": source.title,
            "description": source.description,
            "domain": urlsplit(source.url).netloc,
            "image": _rendition(source.image, "link_card"),
        },
        "alt": package.image["alt"] if package.image else "",
    }
