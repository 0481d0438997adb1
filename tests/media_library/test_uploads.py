"""Bad uploads through Wagtail's real admin views: a clear error, no row, no file."""

import io

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from media_library.models import CustomDocument, CustomImage

from .sample_images import photo_bytes, plain_png, png_declaring, private_traces

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script></svg>"
)
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"


def stored_files(media_root):
    return (
        [path for path in media_root.rglob("*") if path.is_file()] if media_root.exists() else []
    )


def add_image(client, collection, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Upload",
            "collection": collection.pk,
            "licence": "cc-by-4.0",
            "release_status": "not_needed",
            "file": SimpleUploadedFile(name, content),
        },
    )


def assert_refused(response, message, media_root):
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not CustomImage.objects.filter(title__in=["Upload", "x.png"]).exists()
    assert stored_files(media_root) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.jpg", HTML, "Upload a valid image."),
        ("drawing.svg", SVG, "SVG images are not accepted"),
        ("drawing.png", SVG, "SVG images are not accepted"),
        ("bomb.png", png_declaring(20_000, 20_000), "This image has too many pixels."),
        ("huge.png", png_declaring(10_000, 10_000), "the most we accept is 80000000"),
    ],
)
def test_refused_images(editor_client, root_collection, media_storage, name, content, message):
    response = add_image(editor_client, root_collection, name, content)
    assert_refused(response, message, media_storage)


@pytest.mark.django_db
def test_size_limit_is_checked_before_the_content(
    editor_client, root_collection, media_storage, settings
):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    # Not an image at all: the size error (not "not a valid image") shows the file was
    # refused on its size before being opened.
    response = add_image(editor_client, root_collection, "big.jpg", b"x" * 5000)
    assert_refused(
        response, "This file is too big (4.9\xa0KB). Maximum filesize 1000", media_storage
    )


@pytest.mark.django_db
def test_png_named_jpg_is_stored_as_png(editor_client, root_collection, media_storage):
    response = add_image(editor_client, root_collection, "scan.jpg", plain_png())

    assert response.status_code == 302
    image = CustomImage.objects.get(title="Upload")
    assert image.file.name.endswith(".png")
    with image.open_file() as stored, Image.open(stored) as picture:
        assert picture.format == "PNG"


@pytest.mark.django_db
def test_admin_upload_is_cleaned_and_records_the_stored_file(
    editor_client, root_collection, media_storage
):
    response = add_image(editor_client, root_collection, "family.jpg", photo_bytes())

    assert response.status_code == 302
    image = CustomImage.objects.get(title="Upload")
    with image.open_file() as stored:
        data = stored.read()
    assert private_traces(data) == []
    assert image.file_size == len(data)
    assert str(image.date_taken) == "2024-05-17"


@pytest.mark.django_db
def test_multiple_upload_is_cleaned(editor_client, root_collection, media_storage):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"collection": root_collection.pk, "files[]": SimpleUploadedFile("a.jpg", photo_bytes())},
    )

    assert response.json()["success"] is True
    image = CustomImage.objects.get(title="a.jpg")
    assert image.licence == "arr"
    with image.open_file() as stored:
        assert private_traces(stored.read()) == []


@pytest.mark.django_db
def test_multiple_upload_refusal_is_reported(editor_client, root_collection, media_storage):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"collection": root_collection.pk, "files[]": SimpleUploadedFile("x.png", SVG)},
    )

    assert response.json()["success"] is False
    assert "SVG images are not accepted" in response.json()["error_message"]
    assert not CustomImage.objects.filter(title="x.png").exists()
    assert stored_files(media_storage) == []


@pytest.mark.django_db
def test_create_from_uploaded_file_path_is_cleaned(
    editor_client, root_collection, media_storage, django_user_model
):
    """Wagtail stores a pending upload with ``image.file.save()``, not a model save."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import UploadedFile

    upload = UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(CustomImage),
        file=SimpleUploadedFile("pending.jpg", photo_bytes()),
        uploaded_by_user=django_user_model.objects.get(username="editor"),
    )
    response = editor_client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload.pk]),
        {
            f"uploaded-image-{upload.pk}-title": "Pending",
            f"uploaded-image-{upload.pk}-collection": root_collection.pk,
            f"uploaded-image-{upload.pk}-licence": "cc-by-4.0",
            f"uploaded-image-{upload.pk}-release_status": "not_needed",
        },
    )

    assert response.json()["success"] is True
    image = CustomImage.objects.get(pk=response.json()["image_id"])
    with image.open_file() as stored:
        data = stored.read()
    assert private_traces(data) == []
    assert image.file_size == len(data)


def add_document(client, collection, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": "Doc", "collection": collection.pk, "file": SimpleUploadedFile(name, content)},
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("page.html", HTML, "File extension"),
        ("notes.txt", HTML, "Web pages, SVG and XML files cannot be uploaded"),
        ("drawing.txt", SVG, "Web pages, SVG and XML files cannot be uploaded"),
        ("report.pdf", HTML, "This file is not a real .pdf file."),
        ("report.pdf", b"MZ\x90\x00" + b"\x00" * 100, "This file is a program or script"),
        ("run.txt", b"#!/bin/sh\nrm -rf ~\n", "This file is a program or script"),
        ("table.docx", b"not a zip", "This file is not a real .docx file."),
    ],
)
def test_refused_documents(editor_client, root_collection, media_storage, name, content, message):
    response = add_document(editor_client, root_collection, name, content)

    assert response.status_code == 200
    assert message in response.content.decode()
    # Only the real reason: no second line about an empty extension.
    assert "File extension “” is not allowed" not in response.content.decode()
    assert not CustomDocument.objects.filter(title="Doc").exists()
    assert stored_files(media_storage) == []


@pytest.mark.django_db
def test_pdf_is_accepted_and_served_as_an_attachment(editor_client, root_collection):
    pdf = io.BytesIO()
    Image.new("RGB", (10, 10)).save(pdf, "PDF")
    response = add_document(editor_client, root_collection, "report.pdf", pdf.getvalue())
    assert response.status_code == 302

    document = CustomDocument.objects.get(title="Doc")
    served = editor_client.get(document.url)

    assert served.status_code == 200
    assert served["Content-Disposition"].startswith("attachment")
    assert served["Content-Security-Policy"] == "default-src 'none'"
    assert served["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "This image file is damaged or incomplete."),
        ("ky", "Бул сүрөт файлы бузулган же толук эмес."),
        ("ru", "Этот файл изображения повреждён или неполон."),
    ],
)
def test_damaged_image_message_is_translated(language, message):
    from django.utils import translation

    from media_library.image_privacy import UnsafeImageError, strip_private_metadata

    truncated = photo_bytes()[:2000]
    with translation.override(language), pytest.raises(UnsafeImageError) as refused:
        strip_private_metadata(truncated)
    assert str(refused.value) == message
