"""A new photo is "not yet described" until someone says whether it shows people."""

import itertools

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.translation import override

from cms.demo.photos import demo_collection
from cms.publication import refusals
from media_library.enums import ConsentProblem, ReleaseStatus
from media_library.models import CustomImage
from media_library.public import public_images, publishable_q
from media_library.rules import consent_kind, consent_kind_q, consent_problem
from stories.models import StoryIndexPage
from tests.stories.factories import ImageFactory, SuccessStoryPageFactory

from .sample_images import photo_bytes


@pytest.mark.django_db
def test_a_new_photo_starts_not_yet_described():
    image = ImageFactory.build()
    assert CustomImage().release_status == ReleaseStatus.UNDESCRIBED
    assert image.release_status == ReleaseStatus.NOT_NEEDED  # the factory describes it


@pytest.mark.django_db
def test_multiple_upload_leaves_the_photo_undescribed(editor_client, root_collection):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"collection": root_collection.pk, "files[]": SimpleUploadedFile("a.jpg", photo_bytes())},
    )
    assert response.json()["success"] is True
    image = CustomImage.objects.get(title="a.jpg")
    assert image.release_status == ReleaseStatus.UNDESCRIBED
    assert consent_kind(image) == ConsentProblem.UNDESCRIBED
    assert not public_images().filter(pk=image.pk).exists()


@pytest.mark.django_db
@override("en")
def test_the_refusal_says_nobody_described_it_and_who_can():
    image = ImageFactory(title="Той", release_status=ReleaseStatus.UNDESCRIBED)
    message = consent_problem(image)
    assert "Nobody has described yet whether the photo “Той” shows people" in message
    assert "photographer" in message
    assert "coordinating editor" in message


@pytest.mark.django_db
@override("en")
def test_each_consent_state_has_its_own_wording():
    def message(status, minors=False):
        return consent_problem(ImageFactory.build(release_status=status, minors_present=minors))

    assert "refused its publication" in message(ReleaseStatus.REFUSED)
    assert "without a recorded release" in message(ReleaseStatus.PENDING)
    assert "children without their guardian" in message(ReleaseStatus.NOT_NEEDED, minors=True)
    assert "children without their guardian" in message(ReleaseStatus.PENDING, minors=True)
    assert message(ReleaseStatus.NOT_NEEDED) is None
    assert message(ReleaseStatus.OBTAINED, minors=True) is None


@pytest.mark.django_db
def test_database_conditions_match_the_rule():
    """The listing filters and the public rule ask the database what ``consent_kind`` says."""
    images = [
        ImageFactory(release_status=status, minors_present=minors)
        for status, minors in itertools.product(ReleaseStatus.values, (False, True))
    ]
    pks = [image.pk for image in images]
    mine = CustomImage.objects.filter(pk__in=pks)
    assert set(mine.filter(publishable_q()).values_list("pk", flat=True)) == {
        image.pk for image in images if consent_kind(image) is None
    }
    for kind in ConsentProblem:
        expected = {image.pk for image in images if consent_kind(image) == kind}
        assert set(mine.filter(consent_kind_q(kind)).values_list("pk", flat=True)) == expected
        assert expected, kind


@pytest.mark.django_db
def test_undescribed_photo_blocks_publication_until_described(demo_site):
    photo = ImageFactory(title="Айыл", release_status=ReleaseStatus.UNDESCRIBED)
    index = StoryIndexPage.objects.get(locale__language_code="ky")
    page = SuccessStoryPageFactory(parent=index, hero_image=photo)
    with override("en"):
        assert len(refusals(page)) == 1
        assert "Nobody has described yet" in refusals(page)[0]
    photo.release_status = ReleaseStatus.NOT_NEEDED
    photo.save()
    page.hero_image = CustomImage.objects.get(pk=photo.pk)
    assert refusals(page) == []


@pytest.mark.django_db
def test_demo_photos_are_described(demo_site):
    demo_photos = CustomImage.objects.filter(collection=demo_collection())
    assert demo_photos.exists()
    assert not demo_photos.filter(release_status=ReleaseStatus.UNDESCRIBED).exists()


def test_the_migration_keeps_existing_values():
    """Only the default changes: rows described before keep their value."""
    from importlib import import_module

    from django.db.migrations import AlterField

    migration = import_module("media_library.migrations.0005_photos_start_undescribed").Migration
    assert [type(operation) for operation in migration.operations] == [AlterField]
    assert migration.operations[0].field.default == ReleaseStatus.UNDESCRIBED
