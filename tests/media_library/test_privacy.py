import datetime
import io

import pytest
import willow
from PIL import ExifTags, Image, ImageCms

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from media_library.image_privacy import strip_private_metadata
from media_library.models import CustomImage

from .sample_images import photo_bytes, private_traces

RENDITION_SPECS = ("width-320|format-jpeg", "width-320|format-png", "width-320|format-webp")


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP", "AVIF"])
def test_every_format_loses_gps_personal_exif_xmp_and_comments(image_format):
    original = photo_bytes(image_format)
    assert {"GPS", "Artist", "BodySerialNumber"} <= set(private_traces(original))

    cleaned = strip_private_metadata(original)

    assert private_traces(cleaned.data) == []
    assert cleaned.format == image_format
    assert cleaned.date_taken == datetime.date(2024, 5, 17)
    with Image.open(io.BytesIO(cleaned.data)) as image:
        assert image.size == (640, 480)


def test_jpeg_keeps_quality_icc_profile_and_orientation():
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    exif = Image.open(io.BytesIO(photo_bytes())).getexif()
    exif[ExifTags.Base.Orientation] = 6
    original = photo_bytes(icc_profile=icc, exif=exif)

    cleaned = strip_private_metadata(original).data

    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(cleaned)) as after:
        assert after.info["icc_profile"] == icc
        assert after.getexif()[ExifTags.Base.Orientation] == 6
        assert after.quantization == before.quantization
        difference = max(
            abs(a - b) for a, b in zip(before.tobytes(), after.tobytes(), strict=True)
        )
    assert difference <= 8


def test_png_pixels_are_untouched():
    original = photo_bytes("PNG")
    cleaned = strip_private_metadata(original).data
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(cleaned)) as after:
        assert before.tobytes() == after.tobytes()


@pytest.mark.django_db
def test_programmatic_create_stores_a_clean_original_and_reads_metadata(any_storage):
    image = CustomImage.objects.create(
        title="Family in Osh", file=ContentFile(photo_bytes(), name="family.jpg")
    )

    with default_storage.open(image.file.name) as stored:
        data = stored.read()
    assert private_traces(data) == []
    assert (image.width, image.height) == (640, 480)
    assert image.date_taken == datetime.date(2024, 5, 17)
    assert image.file_size == len(data)
    image.refresh_from_db()
    assert image.date_taken == datetime.date(2024, 5, 17)


@pytest.mark.django_db
def test_editor_date_taken_is_not_overwritten(any_storage):
    image = CustomImage.objects.create(
        title="Archive photo",
        file=ContentFile(photo_bytes(), name="archive.jpg"),
        date_taken=datetime.date(1999, 1, 2),
    )
    assert image.date_taken == datetime.date(1999, 1, 2)


@pytest.mark.django_db
def test_renditions_in_every_output_format_carry_no_gps(any_storage):
    image = CustomImage.objects.create(
        title="Family in Osh", file=ContentFile(photo_bytes(), name="family.jpg")
    )

    renditions = image.get_renditions(*RENDITION_SPECS)

    assert len(renditions) == len(RENDITION_SPECS)
    for spec, rendition in renditions.items():
        with default_storage.open(rendition.file.name) as stored:
            assert private_traces(stored.read()) == [], spec


@pytest.mark.django_db
def test_s3_object_is_the_clean_file(s3_bucket):
    client, bucket = s3_bucket
    image = CustomImage.objects.create(
        title="Family in Osh", file=ContentFile(photo_bytes(), name="family.jpg")
    )

    stored = client.get_object(Bucket=bucket, Key=image.file.name)["Body"].read()

    assert private_traces(stored) == []
    assert image.file.url.startswith("http://127.0.0.1:")


def test_control_renditions_of_an_unclean_original_would_carry_gps():
    """Why the original is cleaned: Wagtail's image library copies EXIF into JPEG output."""
    output = io.BytesIO()
    willow.Image.open(io.BytesIO(photo_bytes())).save_as_jpeg(output)
    assert "GPS" in private_traces(output.getvalue())
