from django_tasks import task

from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

from .renditions import ALL_SPECS


@task()
def generate_preset_renditions(image_id: int) -> int:
    """Make every preset of one image; returns how many renditions it has."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        # Deleted before the worker got to it.
        return 0
    return len(image.get_renditions(*ALL_SPECS))


@task()
def move_collection_files(collection_id: int) -> int:
    """After a collection's view restriction changes: move what it holds; returns how many."""
    from .private_files import items_below

    collection = Collection.objects.filter(pk=collection_id).first()
    if collection is None:
        return 0
    return sum(item.move_to_its_storage() for item in items_below(collection))


@task()
def remove_parked_upload(upload_id: int) -> bool:
    """Queued for when a parked upload becomes abandoned; a completed one is gone already."""
    from .parked_uploads import remove_if_abandoned

    upload = UploadedFile.objects.filter(pk=upload_id).first()
    return upload is not None and remove_if_abandoned(upload, timezone.now())
