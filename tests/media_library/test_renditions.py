import os

import pytest

from django.core.files.base import ContentFile

from media_library.models import CustomImage
from media_library.renditions import (
    ALL_SPECS,
    prefetch_preset_renditions,
    preset_spec,
    ready_renditions,
)
from media_library.tasks import generate_preset_renditions

from .sample_images import photo_bytes


def rendition_tasks(callbacks):
    """The on-commit callbacks that queue rendition work (others retire API caches)."""
    return [
        callback
        for callback in callbacks
        if getattr(getattr(callback, "func", None), "__self__", None) is generate_preset_renditions
    ]


def create_photo(title="Harvest in Batken", width=2000, height=2000):
    return CustomImage.objects.create(
        title=title, file=ContentFile(photo_bytes(width=width, height=height), name="harvest.jpg")
    )


def test_every_preset_exists_in_webp_and_jpeg():
    assert len(ALL_SPECS) == 16
    assert preset_spec("story", "jpeg") == "fill-1080x1920-c100|format-jpeg|jpegquality-82"
    assert preset_spec("link_card") == "fill-1200x630-c100|format-webp"


@pytest.mark.django_db
def test_upload_generates_every_preset_after_commit(
    any_storage, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        image = create_photo()

    assert len(rendition_tasks(callbacks)) == 1
    renditions = ready_renditions(image)
    assert set(renditions) == set(ALL_SPECS)
    story = renditions[preset_spec("story", "jpeg")]
    assert (story.width, story.height) == (1080, 1920)
    with story.file.open() as stored:
        assert stored.read(3) == b"\xff\xd8\xff"
    feed = renditions[preset_spec("feed", "webp")]
    assert (feed.width, feed.height) == (1080, 1350)


@pytest.mark.django_db
def test_focal_point_change_makes_new_crops(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = create_photo()
    story = preset_spec("story")
    before = image.renditions.get(filter_spec=story)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        image.focal_point_x, image.focal_point_y = 1700, 1000
        image.focal_point_width = image.focal_point_height = 200
        image.save()

    assert len(rendition_tasks(callbacks)) == 1
    after = image.renditions.filter(filter_spec=story).exclude(pk=before.pk).get()
    assert after.focal_point_key != before.focal_point_key
    assert (after.width, after.height) == (1080, 1920)
    assert ready_renditions(image, story)[story].file.name == after.file.name


@pytest.mark.django_db
def test_saving_other_fields_does_not_regenerate(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = create_photo(width=400, height=300)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        image = CustomImage.objects.get(pk=image.pk)
        image.credit_line = "Photo: A. Asanov"
        image.save()

    assert rendition_tasks(callbacks) == []


@pytest.mark.django_db
def test_reading_renditions_never_generates_them(django_assert_num_queries):
    image = create_photo(width=400, height=300)  # no commit: the task has not run

    (loaded,) = prefetch_preset_renditions(CustomImage.objects.filter(pk=image.pk))
    with django_assert_num_queries(0):
        found = ready_renditions(loaded)

    assert found == {}
    assert not image.renditions.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("original_name", ["harvest.jpg", "a-much-longer-name-from-a-camera.jpg"])
def test_no_preset_is_stored_as_a_dot_file(original_name):
    """Web servers commonly deny names starting with a dot (``.htaccess`` rules)."""
    image = CustomImage.objects.create(
        title="Dots", file=ContentFile(photo_bytes(width=400, height=300), name=original_name)
    )

    renditions = image.get_renditions(*ALL_SPECS)

    names = [os.path.basename(rendition.file.name) for rendition in renditions.values()]
    assert len(names) == len(ALL_SPECS)
    assert [name for name in names if name.startswith(".")] == []


@pytest.mark.django_db
def test_an_original_named_only_by_its_extension_is_not_a_dot_file():
    image = CustomImage.objects.create(
        title="Dots", file=ContentFile(photo_bytes(width=400, height=300), name=".jpg")
    )

    assert not os.path.basename(image.file.name).startswith(".")
    rendition = image.get_rendition(preset_spec("story", "jpeg"))
    assert not os.path.basename(rendition.file.name).startswith(".")
