"""The malicious-upload corpus through the admin's upload views, as a photographer.

Every sample goes through the single and the multiple upload view. A refused one leaves
no row, no parked upload and no file in either storage; an accepted one is stored
cleaned — no personal metadata and none of the smuggled payload — under a safe name.
"""

import io
import os

import pytest
from PIL import Image

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import UploadedFile
from wagtail.users.models import UserProfile

from media_library.models import CustomDocument, CustomImage

from .sample_images import private_traces
from .upload_corpus import (
    PAYLOAD_MARKERS,
    document_samples,
    heic_bytes,
    image_samples,
    mpo_bytes,
)

IMAGE_SAMPLES = image_samples()
DOCUMENT_SAMPLES = document_samples()
STORED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "AVIF"}


@pytest.fixture
def photographer_client(client, django_user_model):
    user = django_user_model.objects.create_user("photographer", password="pw")
    user.groups.add(Group.objects.get(name="Photographers"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def stored_files(settings):
    roots = (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT)
    return [path for root in roots if root.exists() for path in root.rglob("*") if path.is_file()]


def upload_image(client, view, collection, name, content):
    file = SimpleUploadedFile(name, content)
    if view == "single":
        response = client.post(
            reverse("wagtailimages:add"),
            {
                "title": "Corpus",
                "collection": collection.pk,
                "licence": "cc-by-4.0",
                "release_status": "not_needed",
                "file": file,
            },
        )
        return response.status_code == 302
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"title": "Corpus", "collection": collection.pk, "files[]": file},
    )
    assert response.status_code == 200
    return response.json()["success"]


def assert_clean_image_file(path):
    data = path.read_bytes()
    assert not path.name.startswith("."), path
    assert private_traces(data) == [], path
    for marker in PAYLOAD_MARKERS:
        assert marker not in data, (path, marker)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format in STORED_IMAGE_FORMATS


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["single", "multiple"])
@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [sample[1:] for sample in IMAGE_SAMPLES],
    ids=[sample[0] for sample in IMAGE_SAMPLES],
)
def test_image_corpus(
    photographer_client, root_collection, settings, view, name, content, expected
):
    accepted = upload_image(photographer_client, view, root_collection, name, content)

    assert not UploadedFile.objects.exists()
    images = list(CustomImage.objects.filter(title="Corpus"))
    files = stored_files(settings)
    if expected == "refused":
        assert accepted is False
        assert images == []
        assert files == []
        return
    assert accepted is True
    (image,) = images
    assert files
    for path in files:
        assert_clean_image_file(path)
    stored = image.file.name
    assert stored.startswith("original_images/")
    assert ".." not in stored
    assert "\x00" not in stored
    assert len(stored) <= 100
    assert image.file_size == (settings.MEDIA_ROOT / stored).stat().st_size


def upload_document(client, view, collection, name, content):
    file = SimpleUploadedFile(name, content)
    if view == "single":
        response = client.post(
            reverse("wagtaildocs:add"),
            {"title": "Corpus", "collection": collection.pk, "file": file},
        )
        return response.status_code == 302
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {"title": "Corpus", "collection": collection.pk, "files[]": file},
    )
    assert response.status_code == 200
    return response.json()["success"]


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["single", "multiple"])
@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [sample[1:] for sample in DOCUMENT_SAMPLES],
    ids=[sample[0] for sample in DOCUMENT_SAMPLES],
)
def test_document_corpus(
    photographer_client, root_collection, settings, view, name, content, expected
):
    accepted = upload_document(photographer_client, view, root_collection, name, content)

    assert not UploadedFile.objects.exists()
    documents = list(CustomDocument.objects.filter(title="Corpus"))
    files = stored_files(settings)
    if expected == "refused":
        assert accepted is False
        assert documents == []
        assert files == []
        return
    assert accepted is True
    (document,) = documents
    assert [path.relative_to(settings.MEDIA_ROOT).as_posix() for path in files] == [
        document.file.name
    ]
    assert document.file.name == "documents/passwd.pdf"
    assert os.path.basename(document.file.name) == document.filename


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [("IMG_0001.HEIC", heic_bytes()), ("IMG_20240517.jpg", mpo_bytes())],
    ids=["heic", "mpo"],
)
def test_phone_photos_become_plain_jpeg(photographer_client, root_collection, name, content):
    assert upload_image(photographer_client, "single", root_collection, name, content)

    image = CustomImage.objects.get(title="Corpus")
    assert image.file.name.endswith(".jpg")
    assert (image.width, image.height) == (320, 240)  # the first frame of an MPO
    assert str(image.date_taken) == "2024-05-17"
    with image.open_file() as stored, Image.open(stored) as picture:
        assert picture.format == "JPEG"
        assert getattr(picture, "n_frames", 1) == 1
        assert "mp" not in picture.info
