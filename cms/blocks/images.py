"""Photos in the story body, and finding every photo a page uses.

Photos come from the image library, which keeps alt text, caption, credit and the
consent of the people pictured. A block may override caption and alt text for one
story; otherwise the library's texts apply.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from media_library.rules import missing_alt_text

from .lookups import lookups_from
from .text import PREVIEW_TEMPLATE
from .validation import FieldErrors

GALLERY_MIN_IMAGES = 2
GALLERY_MAX_IMAGES = 20


def image_api_representation(image, context=None):
    """The image object (see ``media_library.api``) in the served language.

    ``None`` when there is no image or it may not be shown publicly (a private
    collection, a release withdrawn after publishing). Looked up in the batch the
    stream prepared, so a body of many photos does not cost a query per photo.
    """
    if image is None:
        return None
    return lookups_from(context).image_object(image.pk)


def _preview_images(count):
    """Photos with alt text from the library, so previews look like real content."""
    return list(get_image_model().objects.exclude(description="").order_by("-pk")[:count])


class ImageValue(blocks.StructValue):
    def alt(self):
        image = self.get("image")
        return self.get("alt_text") or (image.description if image else "")

    def caption_text(self):
        image = self.get("image")
        return self.get("caption") or (image.caption if image else "")


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Photo"))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=500,
        help_text=_("Leave blank to use the caption from the image library."),
    )
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        required=False,
        max_length=255,
        help_text=_(
            "What the photo shows in this story, for people who cannot see it. "
            "Leave blank to use the alt text from the image library."
        ),
    )

    def clean(self, value):
        check = FieldErrors(self, super().clean, value)
        check_alt_text(check)
        return check.raise_if_any()

    def get_api_representation(self, value, context=None):
        """``caption`` and ``alt_text`` are what to show: this story's own, else the library's."""
        image = image_api_representation(value["image"], context)
        return {
            "image": image,
            "caption": value["caption"] or (image["caption"] if image else ""),
            "alt_text": value["alt_text"] or (image["alt"] if image else ""),
        }

    def get_preview_value(self):
        images = _preview_images(1)
        return self.normalize({**self.meta.preview_value, "image": images[0] if images else None})

    class Meta:
        icon = "image"
        label = _("Photo")
        help_text = _("One photo from the image library, with an optional caption.")
        description = _("A full-width photo with its caption and credit.")
        template = "cms/blocks/image.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = ImageValue
        preview_value = {"caption": "Таластагы наабайкана.", "alt_text": ""}


def check_alt_text(check):
    """Publishing needs alt text; a draft may wait for the photographer to add it."""
    if check.deferred or "image" in check or "alt_text" in check:
        return
    image = check.value["image"]
    if image is not None and not (check.value["alt_text"] or "").strip():
        message = missing_alt_text(image)
        if message:
            check.add("alt_text", message)


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    images = blocks.ListBlock(
        ImageWithCaptionBlock(label=_("Photo")),
        label=_("Photos"),
        max_num=GALLERY_MAX_IMAGES,
        help_text=_("From 2 to 20 photos, in the order readers will see them."),
    )

    def clean(self, value):
        check = FieldErrors(self, super().clean, value)
        count = len(value.get("images") or [])
        if count < GALLERY_MIN_IMAGES and not check.deferred:
            check.add(
                "images",
                _("A gallery needs at least %(min)d photos; use a single photo block instead."),
                params={"min": GALLERY_MIN_IMAGES},
            )
        return check.raise_if_any()

    def get_api_representation(self, value, context=None):
        item_block = self.child_blocks["images"].child_block
        return {
            "title": value["title"] or "",
            "images": [
                item_block.get_api_representation(item, context) for item in value["images"]
            ],
        }

    def get_preview_value(self):
        items = [{"image": image, "caption": "", "alt_text": ""} for image in _preview_images(3)]
        return self.normalize({**self.meta.preview_value, "images": items})

    class Meta:
        icon = "image"
        label = _("Gallery")
        help_text = _("A series of photos shown together.")
        description = _("Several photos from one place or event, shown as a grid.")
        template = "cms/blocks/gallery.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"title": "Көргөзмөдөн сүрөттөр"}


def _image_ids(block, raw):
    """Image ids in a block's stored (JSON) value, found without loading any model."""
    if raw is None:
        return
    if isinstance(block, ImageChooserBlock):
        yield getattr(raw, "pk", raw)
    elif isinstance(block, blocks.StreamBlock):
        for item in raw:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                yield from _image_ids(child, item.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            # Lists are stored either as bare values or, since Wagtail 2.16, as
            # {"type": "item", "value": …, "id": …}.
            in_block_format = isinstance(item, dict) and item.get("type") == "item"
            in_block_format = in_block_format and "value" in item and "id" in item
            yield from _image_ids(block.child_block, item["value"] if in_block_format else item)
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            if name in raw:
                yield from _image_ids(child, raw[name])


def iter_images(stream_value):
    """Yield each image a StreamField value uses, once, in order of first use.

    Reads the stored ids and loads all images in one query, so a page with many photo
    blocks and galleries costs the same as a page with one; deleted images are skipped.
    """
    if not stream_value:
        return
    model = get_image_model()
    raw_ids = _image_ids(stream_value.stream_block, stream_value.raw_data)
    ids = list(dict.fromkeys(model._meta.pk.to_python(pk) for pk in raw_ids))
    if not ids:
        return
    images = model.objects.in_bulk(ids)
    for pk in ids:
        if pk in images:
            yield images[pk]
