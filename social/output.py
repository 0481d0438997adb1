"""A composed package as the API sends it."""

from .compose import Package


def channel_out(channel) -> dict:
    return {
        "code": channel.code,
        "name": channel.name,
        "text_limit": channel.text_limit,
        "caption_limit": channel.caption_limit,
        "max_hashtags": channel.max_hashtags,
        "unit": channel.unit.value,
        "link_placement": channel.link.value,
        "image_crop": channel.image_size,
    }


def package_out(kind: str, package: Package, requested: str) -> dict:
    image = package.image
    return {
        "type": "package",
        "kind": kind,
        "id": package.source.id,
        "locale": package.source.locale,
        "requested_locale": requested,
        "is_fallback": package.source.locale != requested,
        "channel": channel_out(package.channel),
        "text": package.text,
        "length": package.length,
        "limit": package.limit,
        "truncated": package.truncated,
        "overridden": package.overridden,
        "hashtags": package.hashtags,
        "link": {"url": package.link, "in_text": package.link_in_text},
        "image": {key: value for key, value in image.items() if key != "rendition"}
        if image
        else None,
        "credit": package.credit,
    }
