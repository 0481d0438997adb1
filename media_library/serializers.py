"""How Wagtail API v2 shows a photo that a page points at.

A page may point at a photo that sits in a private collection (for instance before an
editor moves it); the images endpoint hides such photos, so a page must not reveal them
either. Renditions are only looked up, never generated: presets are made in a
background task, and a missing one comes back as ``null`` until that task has run.
"""

from rest_framework.fields import Field

from django.conf import settings

from wagtail.images.api.fields import ImageRenditionField

from .renditions import preset_spec, ready_renditions
from .rules import consent_problem


def restricted_collection_ids(context) -> set[int]:
    """Collections hidden from this request, worked out once per request by our views."""
    view = context.get("view")
    if view is not None and hasattr(view, "restricted_collection_ids"):
        return view.restricted_collection_ids
    # Imported here: this module is imported by models, before the app registry is ready.
    from wagtail.api.v2.utils import get_restricted_collection_ids

    return get_restricted_collection_ids(context["request"])


def is_public_image(image, context) -> bool:
    """``media_library.public.public_images`` for one loaded image (no query)."""
    return (
        image.collection_id not in restricted_collection_ids(context)
        and consent_problem(image) is None
    )


class PresetRenditionField(ImageRenditionField):
    """One named preset (``card``, ``hero``, …) of an image, from existing renditions."""

    def __init__(self, size: str = "card", image_format: str = "webp", **kwargs):
        super().__init__(preset_spec(size, image_format), **kwargs)

    def to_representation(self, image):
        if not is_public_image(image, self.context):
            return None
        rendition = ready_renditions(image, self.filter_spec).get(self.filter_spec)
        if rendition is None:
            return None
        return {
            "url": rendition.url,
            "full_url": rendition.full_url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text,
        }


class ImageSummaryField(Field):
    """The photo with its per-language texts, credit and card rendition.

    Images are shared by all locales, so every language's alt text and caption are
    given (each along the fallback chain) rather than guessing the reader's language.
    """

    def __init__(self, size: str = "card", **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)
        self.rendition = PresetRenditionField(size)

    def bind(self, field_name, parent):
        super().bind(field_name, parent)
        self.rendition.bind(field_name, parent)

    def to_representation(self, image):
        if not is_public_image(image, self.context):
            return None
        languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        return {
            "id": image.pk,
            "title": image.title,
            "width": image.width,
            "height": image.height,
            "alt": {code: image.alt_text_for(code)[0] for code in languages},
            "caption": {code: image.caption_for(code)[0] for code in languages},
            "credit_line": image.credit_line,
            "licence": image.licence,
            "card": self.rendition.to_representation(image),
        }
