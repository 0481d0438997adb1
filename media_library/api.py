"""The images endpoints of the Content API; what is public is ``media_library.public``."""

from ninja import Field, Path, Query, Router, Schema
from ninja.decorators import decorate_view

from django.http import Http404
from django.utils.translation import gettext as _

from cms.api.http import answers, api_endpoint
from cms.api.languages import requested_language
from cms.api.params import MAX_ID, LocaleQuery, Paging, sparse_fieldset
from cms.api.rendering import json_response

from .public import image_object, public_images
from .renditions import (
    RENDITION_CHOICES,
    prefetch_preset_renditions,
    selected_keys,
    selected_specs,
)


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


router = Router(tags=["images"])


class ImageQuery(LocaleQuery, Paging, sparse_fieldset(ImageOut, RENDITION_CHOICES)):
    """``locale`` is the language of alt text, caption and licence name."""


@router.get("/images", response=answers(ImageList), summary="Photos")
@decorate_view(api_endpoint(ImageQuery))
def list_images(request, query: Query[ImageQuery]):
    """Photos that may be shown publicly, newest first, with their existing renditions.

    ``fields`` and ``renditions`` trim each image object, as on the story list.
    """
    fields = query.selected_fields()
    renditions = selected_keys(query.selected_renditions())
    language = requested_language(request)
    images = public_images().order_by("-created_at", "-pk")
    specs = selected_specs(renditions) if renditions else ()
    if renditions is None or renditions:
        images = prefetch_preset_renditions(images, *specs)
    items = [
        image_object(image, language, renditions)
        for image in images[query.offset : query.offset + query.limit]
    ]
    if fields is not None:
        items = [{name: value for name, value in item.items() if name in fields} for item in items]
    return json_response({"count": images.count(), "items": items})


@router.get(
    "/images/{int:image_id}",
    response=answers(ImageOut, can_be_missing=True),
    summary="A photo by id",
)
@decorate_view(api_endpoint(LocaleQuery))
def get_image(request, image_id: Path[int], locale_query: Query[LocaleQuery]):
    image = (
        prefetch_preset_renditions(public_images().filter(pk=image_id)).first()
        if image_id <= MAX_ID
        else None
    )
    if image is None:
        raise Http404(_("No public photo has this id."))
    return image_object(image, requested_language(request))
