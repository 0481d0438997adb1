"""Turning a video or audio page address into a player address, without the network.

Wagtail's EmbedBlock asks each provider's oEmbed endpoint at save and render time;
that makes the API depend on third parties and fails offline. The players of the
services the diaspora uses have stable, documented addresses, so we build them here.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Embed:
    provider: str
    embed_url: str


class UnsupportedURL(ValueError):
    """The address cannot be embedded; ``message`` tells the editor what to paste instead."""

    def __init__(self, message, params=None):
        super().__init__(message)
        self.message = message
        self.params = params or {}


VIDEO_PROVIDERS = {
    "youtube": "YouTube",
    "vimeo": "Vimeo",
    "facebook": "Facebook",
    "vk": "VK Video",
    "ok": "OK.ru",
    "rutube": "Rutube",
}
AUDIO_PROVIDERS = {
    "soundcloud": "SoundCloud",
    "spotify": "Spotify",
    "apple_podcasts": "Apple Podcasts",
    "castbox": "Castbox",
    "file": _("audio file"),
}
AUDIO_FILE_EXTENSIONS = (".mp3", ".m4a", ".ogg")

_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VK_VIDEO = re.compile(r"(?:video|clip)(-?\d+)_(\d+)")
_RUTUBE_ID = re.compile(r"^[0-9a-f]{32}$")
_SPOTIFY_ID = re.compile(r"^[A-Za-z0-9]{22}$")
_CASTBOX_IDS = re.compile(r"-id(\d+)(?:-id(\d+))?$")


def _split(url):
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != "https":
        raise UnsupportedURL(_("Use a secure address that starts with https://."))
    host = (parts.hostname or "").lower()
    for prefix in ("www.", "m."):
        host = host.removeprefix(prefix)
    segments = [segment for segment in parts.path.split("/") if segment]
    return parts, host, segments


def _not_a_single_item(provider_label):
    return UnsupportedURL(
        _("This %(provider)s address does not lead to one item. Copy the address of the item."),
        {"provider": provider_label},
    )


def _youtube(parts, host, segments):
    if host == "youtu.be":
        candidate = segments[0] if segments else ""
    elif segments[:1] == ["watch"]:
        candidate = parse_qs(parts.query).get("v", [""])[0]
    elif len(segments) >= 2 and segments[0] in ("shorts", "embed", "live", "v"):
        candidate = segments[1]
    else:
        candidate = ""
    if not _YOUTUBE_ID.match(candidate):
        return None
    return f"https://www.youtube-nocookie.com/embed/{candidate}"


def _vimeo(parts, host, segments):
    numeric = [i for i, segment in enumerate(segments) if segment.isdigit()]
    if not numeric:
        return None
    video_id = segments[numeric[-1]]
    after = segments[numeric[-1] + 1 : numeric[-1] + 2]
    private_hash = parse_qs(parts.query).get("h", after)[:1]
    suffix = f"&h={private_hash[0]}" if private_hash and private_hash[0].isalnum() else ""
    return f"https://player.vimeo.com/video/{video_id}?dnt=1{suffix}"


def _facebook(parts, host, segments):
    is_video = (
        (host == "fb.watch" and bool(segments))
        or "videos" in segments
        or segments[:1] in (["watch"], ["reel"])
        or segments[:2] in (["share", "v"], ["share", "r"])
    )
    if not is_video:
        return None
    page_url = f"https://{parts.hostname}{parts.path}" + (f"?{parts.query}" if parts.query else "")
    return f"https://www.facebook.com/plugins/video.php?href={quote(page_url, safe='')}"


def _vk(parts, host, segments):
    match = _VK_VIDEO.search(parts.path) or _VK_VIDEO.search(parts.query)
    if not match:
        return None
    return f"https://vk.com/video_ext.php?oid={match.group(1)}&id={match.group(2)}"


def _ok(parts, host, segments):
    if len(segments) < 2 or segments[0] not in ("video", "live", "videoembed"):
        return None
    return f"https://ok.ru/videoembed/{segments[1]}" if segments[1].isdigit() else None


def _rutube(parts, host, segments):
    candidates = [segment for segment in segments if _RUTUBE_ID.match(segment)]
    if not candidates or segments[0] not in ("video", "shorts", "play"):
        return None
    return f"https://rutube.ru/play/embed/{candidates[0]}"


def _soundcloud(parts, host, segments):
    if (host == "on.soundcloud.com" and segments) or len(segments) >= 2:
        page_url = f"https://{parts.hostname}{parts.path}"
        return f"https://w.soundcloud.com/player/?url={quote(page_url, safe='')}"
    return None


def _spotify(parts, host, segments):
    if segments and segments[0].startswith("intl-"):
        segments = segments[1:]
    kinds = ("episode", "show", "track", "album", "playlist")
    if len(segments) >= 2 and segments[0] in kinds and _SPOTIFY_ID.match(segments[1]):
        return f"https://open.spotify.com/embed/{segments[0]}/{segments[1]}"
    return None


def _apple_podcasts(parts, host, segments):
    if "podcast" not in segments or not segments[-1].startswith("id"):
        return None
    query = f"?{parts.query}" if parts.query else ""
    return f"https://embed.podcasts.apple.com{parts.path}{query}"


def _castbox(parts, host, segments):
    match = _CASTBOX_IDS.search(segments[-1]) if len(segments) >= 2 else None
    if not match or segments[0] not in ("episode", "channel"):
        return None
    ids = "/".join(f"id{number}" for number in match.groups() if number)
    return f"https://castbox.fm/app/castbox/player/{ids}"


_VIDEO_HOSTS = {
    "youtube.com": ("youtube", _youtube),
    "youtube-nocookie.com": ("youtube", _youtube),
    "youtu.be": ("youtube", _youtube),
    "vimeo.com": ("vimeo", _vimeo),
    "player.vimeo.com": ("vimeo", _vimeo),
    "facebook.com": ("facebook", _facebook),
    "web.facebook.com": ("facebook", _facebook),
    "fb.watch": ("facebook", _facebook),
    "vk.com": ("vk", _vk),
    "vk.ru": ("vk", _vk),
    "vkvideo.ru": ("vk", _vk),
    "ok.ru": ("ok", _ok),
    "rutube.ru": ("rutube", _rutube),
}
_AUDIO_HOSTS = {
    "soundcloud.com": ("soundcloud", _soundcloud),
    "on.soundcloud.com": ("soundcloud", _soundcloud),
    "open.spotify.com": ("spotify", _spotify),
    "podcasts.apple.com": ("apple_podcasts", _apple_podcasts),
    "castbox.fm": ("castbox", _castbox),
}


def _parse(url, hosts, labels, unknown_message):
    parts, host, segments = _split(url)
    if host not in hosts:
        raise UnsupportedURL(unknown_message)
    provider, build = hosts[host]
    embed_url = build(parts, host, segments)
    if embed_url is None:
        raise _not_a_single_item(labels[provider])
    return Embed(provider, embed_url)


def parse_video_url(url: str) -> Embed:
    return _parse(
        url,
        _VIDEO_HOSTS,
        VIDEO_PROVIDERS,
        _("Videos can be embedded from YouTube, Vimeo, Facebook, VK Video, OK.ru and Rutube."),
    )


def parse_audio_url(url: str) -> Embed:
    parts, host, _segments = _split(url)
    if host not in _AUDIO_HOSTS and parts.path.lower().endswith(AUDIO_FILE_EXTENSIONS):
        return Embed("file", url.strip())
    return _parse(
        url,
        _AUDIO_HOSTS,
        AUDIO_PROVIDERS,
        _(
            "Audio can be embedded from SoundCloud, Spotify, Apple Podcasts and Castbox, "
            "or as an .mp3, .m4a or .ogg file."
        ),
    )
