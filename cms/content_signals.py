"""What follows a change of published content: the API's cached responses retire and
the photos of a newly published page get their renditions."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published


def connect_cache_invalidation():
    """Any change to what the API shows retires every cached API response at once."""
    from django.db.models.signals import post_delete

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import (
        Collection,
        CollectionViewRestriction,
        Locale,
        PageViewRestriction,
        Site,
    )
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from stories.models import Country, Person, Place, Sector

    from .api_cache import bump_content_version

    page_published.connect(bump_content_version, dispatch_uid="api-bump-published")
    page_unpublished.connect(bump_content_version, dispatch_uid="api-bump-unpublished")
    post_page_move.connect(bump_content_version, dispatch_uid="api-bump-moved")
    post_delete.connect(_bump_for_pages, dispatch_uid="api-bump-page-deleted")
    image_model = get_image_model()
    watched = (
        Country,
        Person,
        Place,
        Sector,
        image_model,
        image_model.get_rendition_model(),
        PageViewRestriction,
        CollectionViewRestriction,
        Site,
        Collection,
        Locale,
        get_document_model(),
    )
    for model in watched:
        post_save.connect(
            bump_content_version, sender=model, dispatch_uid=f"api-bump-{model.__name__}"
        )
        post_delete.connect(
            bump_content_version, sender=model, dispatch_uid=f"api-bump-del-{model.__name__}"
        )


def _bump_for_pages(sender, **kwargs):
    from .api_cache import bump_content_version

    if issubclass(sender, Page):
        bump_content_version()


connect_cache_invalidation()


@receiver(page_published)
def prepare_renditions_on_publish(sender, instance, **kwargs):
    """Published pages must never make the API render an image: queue the presets of
    every photo the page shows (the task skips renditions that already exist)."""
    from media_library.tasks import generate_preset_renditions

    images_in_use = getattr(instance.specific_deferred, "images_in_use", None)
    if images_in_use is None:
        return
    for image_id in {image.pk for image in images_in_use()}:
        transaction.on_commit(partial(generate_preset_renditions.enqueue, image_id))
