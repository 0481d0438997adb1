"""Named rendition presets: the sizes the portal, the app and the social tools ask for.

Every preset exists in WebP (for browsers and apps) and JPEG (for channels that still
want it, such as link previews). Crops fill around the editor's focal point
(``-c100``), so a face marked in the admin stays in every crop. All presets are made in
a background task when an image's file or focal point changes, so a request that reads
images only looks renditions up and never generates one.
"""

import functools

from wagtail.images.models import Filter

PORTAL_SIZES = {
    "thumbnail": "fill-320x320-c100",
    "card": "fill-800x600-c100",
    "hero": "fill-1920x1080-c100",
    "full": "max-2400x2400",
}
SOCIAL_SIZES = {
    "feed": "fill-1080x1350-c100",  # Instagram feed, 4:5
    "square": "fill-1080x1080-c100",
    "story": "fill-1080x1920-c100",  # stories and reels, 9:16
    "link_card": "fill-1200x630-c100",  # Open Graph / Facebook link card, 1.91:1
}
SIZES = {**PORTAL_SIZES, **SOCIAL_SIZES}
FORMATS = {
    "webp": "format-webp",
    "jpeg": "format-jpeg|jpegquality-82",
}


def preset_spec(size: str, image_format: str = "webp") -> str:
    """The Wagtail filter spec of a preset, e.g. ``preset_spec("story", "jpeg")``."""
    return f"{SIZES[size]}|{FORMATS[image_format]}"


ALL_SPECS = tuple(preset_spec(size, image_format) for size in SIZES for image_format in FORMATS)
# What a client may name to ask for only some renditions: a preset (all its formats)
# or one ``"<preset>.<format>"`` key.
RENDITION_CHOICES = (
    *SIZES,
    *(f"{size}.{image_format}" for size in SIZES for image_format in FORMATS),
)


def selected_keys(selection) -> frozenset[str] | None:
    """``"<preset>.<format>"`` keys named by a selection of ``RENDITION_CHOICES``."""
    if selection is None:
        return None
    keys = set()
    for name in selection:
        if "." in name:
            keys.add(name)
        else:
            keys.update(f"{name}.{image_format}" for image_format in FORMATS)
    return frozenset(keys)


def selected_specs(keys: frozenset[str] | None) -> tuple[str, ...]:
    """The filter specs of the selected keys (all presets for ``None``)."""
    if keys is None:
        return ALL_SPECS
    return tuple(preset_spec(*key.split(".", 1)) for key in sorted(keys))


@functools.cache
def preset_filter(spec: str) -> Filter:
    """One Filter per spec for the process: parsing a spec is the costly part of a lookup."""
    return Filter(spec=spec)


def ready_renditions(image, *specs: str) -> dict:
    """Renditions that already exist, keyed by spec; missing ones are left out.

    Uses ``prefetched_renditions`` when the queryset was built with
    ``prefetch_preset_renditions``, else one query.
    """
    found = image.find_existing_renditions(*(preset_filter(spec) for spec in specs or ALL_SPECS))
    return {filter_.spec: rendition for filter_, rendition in found.items()}


def prefetch_preset_renditions(queryset, *specs: str):
    """An image queryset that brings the presets' renditions along in one extra query."""
    return queryset.prefetch_renditions(*(specs or ALL_SPECS))
