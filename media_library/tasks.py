from django_tasks import task

from wagtail.images import get_image_model

from .renditions import ALL_SPECS


@task()
def generate_preset_renditions(image_id: int) -> int:
    """Make every preset of one image; returns how many renditions it has."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        # Deleted before the worker got to it.
        return 0
    return len(image.get_renditions(*ALL_SPECS))
