"""Pieces of a success-story draft made from what the public sent (a contest entry, a tip).

Whatever the source, the draft is built the same way: a Kyrgyz page under the Kyrgyz
stories index, never published here, its text as paragraphs and its photos copied into
the media library as "not yet described". Nobody has yet said whether the people
pictured agreed to publication, so the publication rules (``cms.publication``) refuse
the page until an editor records the releases.
"""

import html
import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.images import get_image_model
from wagtail.models import Locale

from cms.editorial import media_library_collection
from media_library.enums import ReleaseStatus

from .models import StoryIndexPage


def kyrgyz_stories_index() -> StoryIndexPage:
    """Where drafts go; ``ValidationError`` when the site has no Kyrgyz stories section."""
    index = StoryIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    if index is None:
        raise ValidationError(_("There is no Kyrgyz stories section to put the story in."))
    return index


def unique_slug(index, title: str) -> str:
    base = slugify(title, allow_unicode=True)[:70] or "story"
    taken = set(index.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def undescribed_photo(title: str, data: bytes):
    """A library image from sent bytes, its release "not yet described"."""
    image = get_image_model()(
        title=title,
        collection=media_library_collection(),
        release_status=ReleaseStatus.UNDESCRIBED,
    )
    # A neutral name: the sender's file name is often a person's name.
    image.file.save(f"{uuid.uuid4().hex}.jpg", ContentFile(data), save=False)
    image.save()
    return image


def body_blocks(text: str | None, images: list) -> list:
    """The text as paragraphs, then the photos: one as an image, more as a gallery."""
    blocks = []
    if text:
        paragraphs = [p.strip() for p in str(text).splitlines() if p.strip()]
        source = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        blocks.append({"type": "text", "value": source})
    if len(images) == 1:
        image = {"image": images[0].pk, "caption": "", "alt_text": ""}
        blocks.append({"type": "image", "value": image})
    elif images:
        items = [{"image": image.pk, "caption": "", "alt_text": ""} for image in images]
        blocks.append({"type": "gallery", "value": {"title": "", "images": items}})
    return blocks
