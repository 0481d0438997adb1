"""What of the media library may be public, and how a public image is shown.

One rule for every reader: the Content API, Wagtail API v2, the blocks of a story body,
search and preview all ask ``public_images`` / ``public_documents``. An image object
only points at renditions that already exist: the presets are made in a background
task when a photo is uploaded or its focal point moves, so a missing preset is left
out rather than made inside a request. Rendition keys are ``"<preset>.<format>"``,
e.g. ``"card.webp"`` (presets and formats as in ``media_library.renditions``). Nothing
that identifies or locates a person (EXIF, GPS, release forms, the uploader) is ever
part of the object.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.api.memo import remembered

from .enums import LICENCE_URLS, Licence, ReleaseStatus
from .renditions import FORMATS, SIZES, preset_spec, ready_renditions, selected_specs

# Filter operations that keep the original's proportions: only these may share a
# srcset, since a browser is free to pick any candidate of one.
UNCROPPED_OPERATIONS = frozenset({"max", "min", "width", "height", "scale"})


def absolute_media_url(url: str) -> str:
    """Storage on S3/CDN already gives full URLs; the filesystem gives paths on this host."""
    if not url or url.startswith(("http://", "https://", "//")):
        return url
    if url.startswith("/"):
        return settings.MEDIA_BASE_URL.rstrip("/") + url
    return urljoin(settings.MEDIA_BASE_URL.rstrip("/") + "/", url)


def private_collection_ids() -> list[int]:
    """Collections under a view restriction, and every collection below them.

    The public APIs have no logged-in readers, so any restriction hides. Given as ids
    so search backends, which filter only on indexed fields, can apply it too.
    """
    return remembered("private-collections", _read_private_collection_ids)


def _read_private_collection_ids() -> list[int]:
    restricted_above = CollectionViewRestriction.objects.filter(
        collection__path=Substr(OuterRef("path"), 1, Length("collection__path"))
    )
    return list(Collection.objects.filter(Exists(restricted_above)).values_list("pk", flat=True))


def _outside_private_collections(queryset):
    private = private_collection_ids()
    return queryset.exclude(collection_id__in=private) if private else queryset


def publishable_q() -> Q:
    """``media_library.rules.consent_problem(image) is None``, as a database condition.

    A list of what is allowed, so a photo "not yet described" (or any state added
    later) stays private until someone says it may be shown.
    """
    return Q(release_status=ReleaseStatus.OBTAINED) | Q(
        release_status=ReleaseStatus.NOT_NEEDED, minors_present=False
    )


def public_images(queryset=None):
    """Images that may appear in a public response: released and not in a private collection."""
    if queryset is None:
        queryset = get_image_model().objects.all()
    return _outside_private_collections(queryset.filter(publishable_q()))


def public_documents(queryset=None):
    if queryset is None:
        queryset = get_document_model().objects.all()
    return _outside_private_collections(queryset)


def _licence(code: str, language_code: str) -> dict:
    label = dict(Licence.choices).get(code, code)
    with translation.override(language_code):
        name = str(label)
    return {"code": code, "name": name, "url": LICENCE_URLS.get(code)}


def _focal_point(image) -> dict | None:
    if not image.has_focal_point():
        return None
    return {
        "x": image.focal_point_x,
        "y": image.focal_point_y,
        "width": image.focal_point_width,
        "height": image.focal_point_height,
    }


def ready_preset_renditions(image, keys: frozenset[str] | None = None) -> dict[str, dict]:
    """Existing preset renditions keyed ``"<preset>.<format>"``; never makes one.

    ``keys`` limits them to some ``"<preset>.<format>"`` keys (``None``: all presets).
    Reads ``prefetched_renditions`` when the image was loaded with
    ``prefetch_preset_renditions``, else one query (Wagtail's rendition cache first).
    """
    if keys is not None and not keys:
        return {}
    by_spec = ready_renditions(image, *selected_specs(keys))
    renditions = {}
    for size in SIZES:
        for image_format in FORMATS:
            if keys is not None and f"{size}.{image_format}" not in keys:
                continue
            rendition = by_spec.get(preset_spec(size, image_format))
            if rendition is not None:
                renditions[f"{size}.{image_format}"] = {
                    "url": absolute_media_url(rendition.url),
                    "width": rendition.width,
                    "height": rendition.height,
                    "format": image_format,
                }
    return renditions


def _srcset(renditions: dict[str, dict], image_format: str) -> str:
    candidates = {}
    for size, spec in SIZES.items():
        rendition = renditions.get(f"{size}.{image_format}")
        if rendition and spec.split("-", 1)[0] in UNCROPPED_OPERATIONS:
            candidates.setdefault(rendition["width"], rendition["url"])
    return ", ".join(f"{url} {width}w" for width, url in sorted(candidates.items()))


def image_object(image, language_code: str, renditions: frozenset[str] | None = None) -> dict:
    """The image as every API response shows it, with texts in ``language_code``.

    Texts fall back along ``settings.CONTENT_LOCALE_FALLBACK``; ``text_locale`` and
    ``caption_locale`` say which language was found, so a front-end can set ``lang``.
    ``renditions`` limits the renditions to some ``"<preset>.<format>"`` keys (see
    ``renditions.selected_keys``); the srcsets are made of those alone.
    """
    alt, text_locale = image.alt_text_for(language_code)
    caption, caption_locale = image.caption_for(language_code)
    renditions = ready_preset_renditions(image, renditions)
    return {
        "id": image.pk,
        "title": image.title,
        "alt": alt,
        "caption": caption,
        "text_locale": text_locale,
        "caption_locale": caption_locale,
        "credit": image.credit_line,
        "photographer": image.photographer,
        "licence": _licence(image.licence, language_code),
        "width": image.width,
        "height": image.height,
        "focal_point": _focal_point(image),
        "renditions": renditions,
        "srcset": {image_format: _srcset(renditions, image_format) for image_format in FORMATS},
    }
