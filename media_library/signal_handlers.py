"""Published pages must never make the API render an image."""

from functools import partial

from django.db import transaction

from wagtail.signals import page_published

from .tasks import generate_preset_renditions


def prepare_renditions_on_publish(sender, instance, **kwargs):
    """Queue the presets of every photo a newly published page shows (the task skips
    renditions that already exist)."""
    images_in_use = getattr(instance.specific_deferred, "images_in_use", None)
    if images_in_use is None:
        return
    for image_id in {image.pk for image in images_in_use()}:
        transaction.on_commit(partial(generate_preset_renditions.enqueue, image_id))


def register_signal_handlers() -> None:
    page_published.connect(prepare_renditions_on_publish, dispatch_uid="media-renditions-publish")
