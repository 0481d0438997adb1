"""Images in the Content API: the image object every endpoint and block embeds.

An image object only points at renditions that already exist: the presets are made
in a background task when a photo is uploaded or its focal point moves, so a missing
preset is left out rather than made inside a request. Rendition keys are
``"<preset>.<format>"``, e.g. ``"card.webp"`` or ``"link_card.jpeg"`` (presets and
formats as in ``media_library.renditions``). Nothing that identifies or locates a
person (EXIF, GPS, release forms, the uploader) is ever part of the object.
"""

from urllib.parse import urljoin

from ninja import Field, Path, Query, Router, Schema
from ninja.decorators import decorate_view

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction

from cms.api_cache import api_endpoint
from cms.api_locale import requested_language

from .enums import LICENCE_URLS, Licence, ReleaseStatus
from .renditions import (
    ALL_SPECS,
    FORMATS,
    SIZES,
    prefetch_preset_renditions,
    preset_spec,
    ready_renditions,
)

# Filter operations that keep the original's proportions: only these may share a
# srcset, since a browser is free to pick any candidate of one.
UNCROPPED_OPERATIONS = frozenset({"max", "min", "width", "height", "scale"})


class LicenceOut(Schema):
    code: str
    name: str = Field(description="In the served language where translated.")
    url: str | None = Field(description="The licence's deed, when it has one.")


class FocalPointOut(Schema):
    x: int = Field(description="Centre, in pixels of the original.")
    y: int
    width: int
    height: int


class RenditionOut(Schema):
    url: str
    width: int
    height: int
    format: str


class SrcsetOut(Schema):
    webp: str
    jpeg: str


class ImageOut(Schema):
    id: int
    title: str
    alt: str
    caption: str
    text_locale: str | None = Field(description="The language `alt` is in (a fallback).")
    caption_locale: str | None = Field(description="The language `caption` is in.")
    credit: str
    photographer: str
    licence: LicenceOut
    width: int
    height: int
    focal_point: FocalPointOut | None
    renditions: dict[str, RenditionOut] = Field(
        description="Existing presets keyed “<preset>.<format>”, e.g. “card.webp”; "
        "a preset not made yet is absent."
    )
    srcset: SrcsetOut = Field(description="Uncropped presets by width, per format.")


class ImageList(Schema):
    count: int
    items: list[ImageOut]


def absolute_media_url(url: str) -> str:
    """Storage on S3/CDN already gives full URLs; the filesystem gives paths on this host."""
    if not url or url.startswith(("http://", "https://", "//")):
        return url
    if url.startswith("/"):
        return settings.MEDIA_BASE_URL.rstrip("/") + url
    return urljoin(settings.MEDIA_BASE_URL.rstrip("/") + "/", url)


def _outside_private_collections(queryset):
    """A view restriction on a collection also covers every collection below it.

    The public API has no logged-in readers, so any restriction hides; done as one
    ``NOT EXISTS`` (restricted path is a prefix of the item's path) inside the query.
    """
    restricted = CollectionViewRestriction.objects.filter(
        collection__path=Substr(OuterRef("collection__path"), 1, Length("collection__path"))
    )
    return queryset.exclude(Exists(restricted))


def publishable_q() -> Q:
    """``media_library.rules.consent_problem(image) is None``, as a database condition."""
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


def ready_preset_renditions(image) -> dict[str, dict]:
    """Existing preset renditions keyed ``"<preset>.<format>"``; never makes one.

    Reads ``prefetched_renditions`` when the image was loaded with
    ``prefetch_preset_renditions``, else one query (Wagtail's rendition cache first).
    """
    by_spec = ready_renditions(image, *ALL_SPECS)
    renditions = {}
    for size in SIZES:
        for image_format in FORMATS:
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


def image_object(image, language_code: str) -> dict:
    """The image as every API response shows it, with texts in ``language_code``.

    Texts fall back along ``settings.CONTENT_LOCALE_FALLBACK``; ``text_locale`` and
    ``caption_locale`` say which language was found, so a front-end can set ``lang``.
    """
    alt, text_locale = image.alt_text_for(language_code)
    caption, caption_locale = image.caption_for(language_code)
    renditions = ready_preset_renditions(image)
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


router = Router(tags=["images"])


class ImageQuery(Schema):
    locale: str | None = Field(None, description="Language of alt text, caption and licence name.")
    limit: int = Field(20, ge=1, le=100, description="Items per page, 1–100.")
    offset: int = Field(0, ge=0, le=1_000_000, description="Items to skip.")


@router.get("/images", response=ImageList, summary="Photos")
@decorate_view(api_endpoint(query=frozenset(ImageQuery.model_fields)))
def list_images(request, query: Query[ImageQuery]):
    """Photos that may be shown publicly, newest first, with their existing renditions."""
    language = requested_language(request)
    images = public_images().order_by("-created_at", "-pk")
    page = prefetch_preset_renditions(images)[query.offset : query.offset + query.limit]
    return {
        "count": images.count(),
        "items": [image_object(image, language) for image in page],
    }


@router.get("/images/{int:image_id}", response=ImageOut, summary="A photo by id")
@decorate_view(api_endpoint(query=frozenset({"locale"})))
def get_image(request, image_id: Path[int]):
    image = (
        prefetch_preset_renditions(public_images().filter(pk=image_id)).first()
        if image_id <= 2**31 - 1
        else None
    )
    if image is None:
        raise Http404(_("No public photo has this id."))
    return image_object(image, requested_language(request))
