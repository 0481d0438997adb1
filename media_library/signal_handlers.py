"""What follows a change in the media library or a page that shows it; connected in
``MediaLibraryConfig.ready()`` with explicit senders."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save

from wagtail.models import CollectionViewRestriction, UploadedFile
from wagtail.signals import page_published

from .parked_uploads import clean_parked_upload, schedule_removal
from .tasks import generate_preset_renditions, move_collection_files


def prepare_renditions_on_publish(sender, instance, **kwargs):
    """Published pages must never make the API render an image: queue the presets of
    every photo a newly published page shows (the task skips those that exist)."""
    images_in_use = getattr(instance.specific_deferred, "images_in_use", None)
    if images_in_use is None:
        return
    for image_id in {image.pk for image in images_in_use()}:
        transaction.on_commit(partial(generate_preset_renditions.enqueue, image_id))


def collection_restriction_changed(sender, instance, raw=False, **kwargs):
    """A collection became private or public: move the files of everything below it."""
    if raw:
        return
    transaction.on_commit(partial(move_collection_files.enqueue, instance.collection_id))


def register_signal_handlers() -> None:
    page_published.connect(prepare_renditions_on_publish, dispatch_uid="media-renditions-publish")
    pre_save.connect(clean_parked_upload, sender=UploadedFile, dispatch_uid="media-park-clean")
    post_save.connect(schedule_removal, sender=UploadedFile, dispatch_uid="media-park-expiry")
    for signal in (post_save, post_delete):
        signal.connect(
            collection_restriction_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"media-move-files-{signal is post_save}",
        )
