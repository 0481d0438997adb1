"""A post for one channel, written from an item's ``Source`` by the channel's rules.

The post is the body (the editors' own text for the channel, or the title, the lead
and the themes' key messages for the primary audience), then the parts that are never
cut: the link with its tracking parameters (where the channel makes links work), the
hashtags and the photo's credit line. When the whole does not fit, only the body is
shortened (``counting.shorten``: at a sentence, else a word) and the package says
``truncated``. Hashtags are dropped only when the fixed parts alone would not fit; the
link and the credit never are.
"""

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.utils import translation
from django.utils.encoding import uri_to_iri

from media_library.public import absolute_media_url, public_images
from media_library.renditions import prefetch_preset_renditions, preset_spec, ready_renditions

from .channels import CROPS, LINK_IN_BIO, Channel, LinkPlacement
from .counting import count, shorten
from .credit import credit_line
from .kinds import Source

PARAGRAPH = "\n\n"


@dataclass
class Package:
    channel: Channel
    source: Source
    text: str
    body: str
    truncated: bool
    overridden: bool
    hashtags: list[str]
    link: str
    credit: str
    image: dict | None

    @property
    def length(self) -> int:
        return count(self.text, self.channel.unit)

    @property
    def limit(self) -> int | None:
        return self.channel.limit(self.source.image is not None)

    @property
    def link_in_text(self) -> bool:
        return bool(self.link) and uri_to_iri(self.link) in self.text

    def folded(self) -> tuple[str, str]:
        """The text as the feed first shows it, and the rest behind "…more"."""
        fold = self.channel.fold
        if fold is None or len(self.text) <= fold:
            return self.text, ""
        shown, _cut = shorten(self.text, fold, self.channel.unit)
        shown = shown.removesuffix("…").rstrip()
        return shown, self.text[len(shown) :]


def tracked_link(url: str, channel: Channel, campaign: str) -> str:
    """The item's address with ``utm_source``/``utm_medium``/``utm_campaign``; parameters
    already in the address are kept, ours replace any of the same name."""
    if not url:
        return ""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")]
    query += [("utm_source", channel.code), ("utm_medium", "social")]
    if campaign:
        query.append(("utm_campaign", campaign))
    return urlunsplit(parts._replace(query=urlencode(query)))


def default_body(source: Source) -> str:
    return PARAGRAPH.join(part for part in (source.title, source.lead, *source.messages) if part)


def hashtags_for(source: Source, channel: Channel) -> list[str]:
    return list(dict.fromkeys(source.hashtags))[: channel.max_hashtags]


def _tail(channel: Channel, link: str, hashtags: list[str], credit: str, language: str) -> list:
    """The parts after the body, in order; each is kept whole.

    The link is written as an IRI (``/ky/окуялар/…`` rather than ``%D0%BE…``): readers
    see words, the channels link it all the same, and it takes a third of the room.
    """
    if channel.link == LinkPlacement.BIO:
        with translation.override(language):
            link_part = f"🔗 {LINK_IN_BIO}" if link else ""
    else:
        link_part = uri_to_iri(link)
    return [link_part, " ".join(hashtags), credit]


def _join(body: str, tail: list[str]) -> str:
    return PARAGRAPH.join(part for part in (body, *tail) if part)


def reserved(source: Source, channel: Channel) -> int:
    """Units the fixed parts take (with their paragraph breaks), so an editor's text for
    this channel has ``limit - reserved`` left."""
    link = tracked_link(source.url, channel, source.campaign)
    tail = _tail(
        channel,
        link,
        hashtags_for(source, channel),
        credit_line(source.image, source.locale),
        source.locale,
    )
    return count(_join("x", tail), channel.unit) - count("x", channel.unit)


def compose(source: Source, channel: Channel) -> Package:
    override = source.overrides.get(channel.code, "")
    body = override or default_body(source)
    link = tracked_link(source.url, channel, source.campaign)
    hashtags = hashtags_for(source, channel)
    credit = credit_line(source.image, source.locale)
    limit = channel.limit(source.image is not None)
    truncated = False
    tail = _tail(channel, link, hashtags, credit, source.locale)
    if limit is not None:
        fixed = count(_join("", tail), channel.unit)
        if fixed > limit and hashtags:
            hashtags = []
            tail = _tail(channel, link, hashtags, credit, source.locale)
            truncated = True
        room = limit - count(_join("x", tail), channel.unit) + count("x", channel.unit)
        body, cut = shorten(body, room, channel.unit)
        truncated = truncated or cut
    return Package(
        channel=channel,
        source=source,
        text=_join(body, tail),
        body=body,
        truncated=truncated,
        overridden=bool(override),
        hashtags=hashtags,
        link=link,
        credit=credit,
        image=channel_image(source.image, channel.image_size, source.locale),
    )


def channel_image(image, size: str, language: str) -> dict | None:
    """The photo cut for a channel (JPEG, which every channel takes) with its alt text.

    Only a rendition that already exists is pointed at: they are made in the background
    when a photo is uploaded or its page published, never while a package is read.
    """
    if image is None:
        return None
    spec = preset_spec(size, "jpeg")
    rendition = ready_renditions(image, spec).get(spec)
    alt, _alt_locale = image.alt_text_for(language)
    width, height = CROPS[size]
    return {
        "id": image.pk,
        "crop": size,
        "url": absolute_media_url(rendition.url) if rendition else None,
        "width": rendition.width if rendition else width,
        "height": rendition.height if rendition else height,
        "alt": alt,
        "rendition": rendition,
    }


def public_image(image):
    """The image if the public may see it (released, not private), else ``None``; with
    its channel crops loaded, so a package for every channel reads them once."""
    if image is None:
        return None
    specs = [preset_spec(size, "jpeg") for size in CROPS]
    return prefetch_preset_renditions(public_images(), *specs).filter(pk=image.pk).first()
