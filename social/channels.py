"""THE table of channel rules: what each channel accepts and how a post is laid out for it.

Every figure comes from ``social-channels.md`` in the product documentation, which cites
the channel's developer documentation (or, where the channel publishes none, the
posting tools that live with the limit). The source of each figure is given beside it;
figures that are our own editorial choice say so. Nothing else in the project repeats
these numbers: the composer, the editor's counter, the publication rule and the
previews all read this table.

How a channel counts is in ``counting.py``: no channel documents whether emoji count as
one character or two, so every channel counts UTF-16 code units, the stricter reading
(a text within the limit in UTF-16 units is within it in code points too).
"""

from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext_lazy as _


class LinkPlacement(StrEnum):
    TEXT = "text"  # the link is written in the text and unfurls as a card
    BIO = "bio"  # links in the text are not clickable: the link goes in the profile
    ATTACHMENT = "attachment"  # the link is the post's one link, attached and in the text


class Unit(StrEnum):
    UTF16 = "utf16"
    CODE_POINTS = "code_points"


# Hashtags on channels that document no cap: the campaign's own rule (at most five per
# theme, as on Instagram), so a story with several themes does not end in a wall of tags.
EDITORIAL_MAX_HASHTAGS = 5


@dataclass(frozen=True)
class Channel:
    code: str
    name: str
    # Hard limit of a text post (``None``: none documented).
    text_limit: int | None
    # Hard limit when the text is the caption of a photo (``None``: as a text post).
    caption_limit: int | None
    max_hashtags: int
    link: LinkPlacement
    # Crop of the photo for a post (a preset of ``media_library.renditions``).
    image_size: str
    # Where the feed folds the text behind "…more" (characters), for the preview.
    fold: int | None
    # The channel refuses more than one link in a post, or only unfurls a single one.
    single_link: bool = False
    unit: Unit = Unit.UTF16

    def limit(self, with_image: bool) -> int | None:
        if with_image and self.caption_limit is not None:
            return self.caption_limit
        return self.text_limit


CHANNELS: dict[str, Channel] = {
    channel.code: channel
    for channel in (
        Channel(
            code="telegram",
            name="Telegram",
            # Bot API sendMessage.text: 1–4096 characters after entities parsing
            # (python-telegram-bot MAX_MESSAGE_LENGTH); sendPhoto caption: 0–1024
            # (MAX_CAPTION_LENGTH, error MEDIA_CAPTION_TOO_LONG).
            text_limit=4096,
            caption_limit=1024,
            max_hashtags=EDITORIAL_MAX_HASHTAGS,
            link=LinkPlacement.TEXT,
            # Link previews offer prefer_large_media; a 4:5 photo reads well in a chat.
            image_size="feed",
            fold=None,
        ),
        Channel(
            code="instagram",
            name="Instagram",
            # Caption 2,200 characters (Buffer, Ayrshare, Postiz maximumCharacters 2200);
            # the feed shows ~125 characters before "more".
            text_limit=2200,
            caption_limit=2200,
            # Five hashtags per post since December 2025 (Mosseri's announcement;
            # Ayrshare "up to 5 hashtags"); the older 30 is outdated.
            max_hashtags=5,
            # "Hashtags are clickable in Instagram posts, but links are not" (Ayrshare):
            # the link goes in the bio (or a Story link sticker).
            link=LinkPlacement.BIO,
            # Feed aspect 4:5 to 1.91:1; 1080×1350 is the tallest (Ayrshare, getlate.dev).
            image_size="feed",
            fold=125,
        ),
        Channel(
            code="facebook",
            name="Facebook",
            # Native limit 63,206 characters (Postiz facebook maximumCharacters 63206);
            # Buffer's API integration stops at 5,000 — long posts should stay below.
            text_limit=63206,
            caption_limit=None,
            max_hashtags=EDITORIAL_MAX_HASHTAGS,
            link=LinkPlacement.TEXT,
            # Link share image 1200×630, ~1.91:1 (developers.facebook.com sharing/images).
            image_size="link_card",
            # ~477 characters on desktop, ~125 on mobile before "See more" (socialk.it,
            # posthell.com, third-party estimates): the preview shows the phone.
            fold=125,
        ),
        Channel(
            code="whatsapp",
            name="WhatsApp",
            # Text message ≤4,096 (360dialog, 8x8, Sinch); media caption "Maximum 1024
            # characters" (developers.facebook.com … whatsapp/messages/image-messages).
            text_limit=4096,
            caption_limit=1024,
            max_hashtags=EDITORIAL_MAX_HASHTAGS,
            link=LinkPlacement.TEXT,
            # Previews come from og:image; a square crop reads best in a chat bubble.
            image_size="square",
            fold=None,
        ),
        Channel(
            code="vk",
            name="VK",
            # No limit in VK's official pages; posting code in the wild validates
            # 16,384 characters (Postiz is stricter, 2,048).
            text_limit=16384,
            caption_limit=None,
            max_hashtags=EDITORIAL_MAX_HASHTAGS,
            # wall.post: "only one external link per post" — more is an error.
            link=LinkPlacement.ATTACHMENT,
            # Link snippet 1:1 to 1:2.5, width ≥ 500 (dev.vk.com wall.post).
            image_size="link_card",
            # Not documented; VK folds long posts after a few lines ("Показать ещё").
            fold=280,
            single_link=True,
        ),
        Channel(
            code="ok",
            name="OK",
            # Text length and image sizes: not found in OK's documentation.
            text_limit=None,
            caption_limit=None,
            max_hashtags=EDITORIAL_MAX_HASHTAGS,
            # mediatopic.post text_link_preview: a link block forms only when the text
            # holds exactly one link.
            link=LinkPlacement.ATTACHMENT,
            image_size="link_card",
            fold=280,
            single_link=True,
        ),
    )
}

CHANNEL_CODES = tuple(CHANNELS)

# Image crops a package or a ZIP may carry, with the sizes the README states.
CROPS = {
    "feed": (1080, 1350),
    "square": (1080, 1080),
    "story": (1080, 1920),
    "link_card": (1200, 630),
}

LINK_IN_BIO = _("Link in bio")
