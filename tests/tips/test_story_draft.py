"""One click turns a tip into a Kyrgyz story draft, once, with its photos held back."""

import pytest

from django.utils import translation

from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, PageLogEntry

from cms.editorial import media_library_collection
from cms.publication import PublicationRefused
from media_library.enums import ReleaseStatus
from stories.models import StoryIndexPage, SuccessStoryPage
from tests.stories.factories import CountryFactory, PlaceFactory
from tips.enums import TipState
from tips.models import StoryTip
from tips.story_draft import start_story_draft

from .conftest import user_in
from .factories import StoryTipFactory, add_photo

pytestmark = pytest.mark.django_db


@pytest.fixture
def tip():
    tip = StoryTipFactory(
        name="Айбек Асанов",
        country="TR",
        place=PlaceFactory(key="draft-village"),
        what_happened="Жердештер айылга мектеп курушту.\n<b>120 бала</b> эми ушул жерде окуйт.",
    )
    add_photo(tip)
    add_photo(tip)
    return tip


def start(client, tip):
    return client.post(f"/admin/story-tips/{tip.pk}/story-draft/")


def test_start_a_story_draft_makes_a_kyrgyz_draft_and_links_it_back(
    client, django_user_model, tip
):
    turkey = CountryFactory(code="TR")
    user = user_in(django_user_model, "Content managers")
    client.force_login(user)
    images_before = get_image_model().objects.count()

    response = start(client, tip)

    tip.refresh_from_db()
    page = SuccessStoryPage.objects.get(pk=tip.story_id)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert tip.state == TipState.STORY
    assert tip.closed_at is not None
    assert not page.live
    assert page.has_unpublished_changes
    assert page.locale.language_code == "ky"
    parent = page.get_parent().specific
    assert isinstance(parent, StoryIndexPage)
    assert parent.locale.language_code == "ky"
    assert page.place == tip.place
    assert page.country_of_residence == turkey
    assert page.body[0].block_type == "text"
    assert "&lt;b&gt;120 бала&lt;/b&gt;" in page.body[0].value.source
    assert page.standfirst.startswith("Жердештер айылга мектеп курушту.")
    copies = list(get_image_model().objects.order_by("-pk")[:2])[::-1]
    assert get_image_model().objects.count() == images_before + 2
    assert page.hero_image == copies[0]
    assert [item["image"] for item in page.body[1].value["images"]] == copies
    for image in copies:
        assert image.release_status == ReleaseStatus.UNDESCRIBED
        assert image.collection == media_library_collection()
        assert tip.reference in image.title
        assert "Айбек" not in image.title
        assert not image.file.name.startswith("private/")
    assert not page.hero_links.exists(), "heroes are the editors' choice"
    logged = ModelLogEntry.objects.for_instance(tip).get(action="tips.state")
    assert logged.data["story"] == page.pk
    assert logged.user == user
    assert PageLogEntry.objects.filter(page=page, action="tips.story_draft").exists()
    inspect = client.get(f"/admin/story-tips/inspect/{tip.pk}/").content.decode()
    assert f"/admin/pages/{page.pk}/edit/" in inspect


def test_a_second_click_opens_the_same_draft(client, django_user_model, tip):
    client.force_login(user_in(django_user_model, "Content managers"))
    first = start(client, tip)
    pages = SuccessStoryPage.objects.count()
    images = get_image_model().objects.count()
    second = start(client, tip)
    assert second["Location"] == first["Location"]
    assert SuccessStoryPage.objects.count() == pages
    assert get_image_model().objects.count() == images
    assert ModelLogEntry.objects.for_instance(tip).filter(action="tips.state").count() == 1


def test_the_draft_waits_for_photo_releases(django_user_model, tip):
    page, created = start_story_draft(tip, user_in(django_user_model, "Content managers"))
    assert created
    with translation.override("en"), pytest.raises(PublicationRefused):
        page.get_latest_revision().publish()
    page.refresh_from_db()
    assert not page.live


def test_a_declined_tip_becomes_no_story(client, django_user_model, tip):
    StoryTip.objects.filter(pk=tip.pk).update(state=TipState.DECLINED)
    client.force_login(user_in(django_user_model, "Content managers"))
    response = start(client, tip)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/story-tips/inspect/{tip.pk}/"
    assert StoryTip.objects.get(pk=tip.pk).story is None


def test_a_get_starts_nothing(client, django_user_model, tip):
    client.force_login(user_in(django_user_model, "Content managers"))
    assert client.get(f"/admin/story-tips/{tip.pk}/story-draft/").status_code == 405
    assert StoryTip.objects.get(pk=tip.pk).story is None
