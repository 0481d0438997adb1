"""Uploads parked by Wagtail's multiple uploader: cleaned, private, and not kept forever."""

import datetime
import io
import os

import pytest

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import UploadedFile

from media_library.models import CustomImage
from media_library.tasks import remove_parked_upload

from .sample_images import photo_bytes, private_traces


def park(client, collection_id, name="aigul-family.jpg", title=""):
    """A multiple upload whose form fails on a field other than the file."""
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {
            "title": title,
            "collection": collection_id,
            "files[]": SimpleUploadedFile(name, photo_bytes()),
        },
    )
    assert response.status_code == 200
    assert "uploaded_file_id" in response.json()
    return UploadedFile.objects.get(pk=response.json()["uploaded_file_id"])


def age(upload, hours):
    """Make the stored file look ``hours`` old (``UploadedFile`` has no date field)."""
    path = storages["private_media"].path(upload.file.name)
    stamp = (timezone.now() - datetime.timedelta(hours=hours)).timestamp()
    os.utime(path, (stamp, stamp))


@pytest.mark.django_db
@pytest.mark.parametrize("why", ["empty title", "collection removed"])
def test_parked_upload_is_cleaned_private_and_renamed(
    editor_client, root_collection, settings, why
):
    if why == "empty title":
        upload = park(editor_client, root_collection.pk, name=".jpg")
    else:
        upload = park(editor_client, 987654, title="Family")

    name = upload.file.name
    assert name.startswith("wagtail_uploads/")
    assert "aigul" not in name
    assert not os.path.basename(name).startswith(".")
    assert not (settings.MEDIA_ROOT / name).exists()
    with upload.file.open() as stored:
        assert private_traces(stored.read()) == []
    assert (settings.PRIVATE_MEDIA_ROOT / name).is_file()
    assert editor_client.get(settings.MEDIA_URL + name).status_code == 404


@pytest.mark.django_db
def test_completing_a_parked_upload_leaves_no_parked_file(editor_client, root_collection):
    upload = park(editor_client, root_collection.pk)
    parked = upload.file.name

    response = editor_client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload.pk]),
        {
            f"uploaded-image-{upload.pk}-title": "Family",
            f"uploaded-image-{upload.pk}-collection": root_collection.pk,
            f"uploaded-image-{upload.pk}-licence": "cc-by-4.0",
            f"uploaded-image-{upload.pk}-release_status": "not_needed",
        },
    )

    assert response.json()["success"] is True
    assert not UploadedFile.objects.exists()
    assert not storages["private_media"].exists(parked)
    image = CustomImage.objects.get(title="Family")
    with image.open_file() as stored:
        assert private_traces(stored.read()) == []


@pytest.mark.django_db
def test_command_removes_abandoned_uploads_only(editor_client, root_collection, settings):
    settings.PARKED_UPLOAD_MAX_AGE_HOURS = 24
    old = park(editor_client, root_collection.pk)
    recent = park(editor_client, root_collection.pk)
    age(old, hours=25)
    age(recent, hours=23)
    orphan = storages["private_media"].save("wagtail_uploads/lost.jpg", ContentFile(b"x"))
    os.utime(storages["private_media"].path(orphan), (0, 0))
    output = io.StringIO()

    call_command("remove_parked_uploads", stdout=output)

    assert list(UploadedFile.objects.all()) == [recent]
    assert not storages["private_media"].exists(old.file.name)
    assert not storages["private_media"].exists(orphan)
    assert storages["private_media"].exists(recent.file.name)
    assert "Checked 2/2 parked uploads" in output.getvalue()
    assert "Removed 1 abandoned parked uploads and 1 orphaned files" in output.getvalue()

    output = io.StringIO()
    call_command("remove_parked_uploads", stdout=output)
    assert "Removed 0 abandoned parked uploads and 0 orphaned files" in output.getvalue()


@pytest.mark.django_db
def test_worker_removes_a_parked_upload_once_abandoned(editor_client, root_collection, settings):
    """With a backend that can defer, each parked upload gets its removal queued."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    upload = park(editor_client, root_collection.pk)

    queued = DBTaskResult.objects.get(task_path__endswith="remove_parked_upload")
    assert queued.args_kwargs["args"] == [upload.pk]
    expected = timezone.now() + datetime.timedelta(hours=settings.PARKED_UPLOAD_MAX_AGE_HOURS)
    assert abs((queued.run_after - expected).total_seconds()) < 60

    # When the worker runs it at that time, the file is old enough to go.
    assert remove_parked_upload.call(upload.pk) is False  # too early still
    age(upload, hours=settings.PARKED_UPLOAD_MAX_AGE_HOURS + 1)
    assert remove_parked_upload.call(upload.pk) is True
    assert not UploadedFile.objects.exists()


@pytest.mark.django_db
def test_parked_upload_for_code_callers_is_cleaned_too(django_user_model):
    upload = UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(CustomImage),
        file=SimpleUploadedFile("home.jpg", photo_bytes()),
    )
    assert upload.file.name.startswith("wagtail_uploads/")
    with upload.file.open() as stored:
        assert private_traces(stored.read()) == []
