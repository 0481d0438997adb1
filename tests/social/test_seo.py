"""The seo block of the story, theme and exhibition objects: the portal's link cards."""

import pytest

from django.core.cache import cache

from cms.api import memo
from exhibitions.models import ExhibitionPage
from media_library.enums import ReleaseStatus
from stories.models import SuccessStoryPage

from .cards import assert_a_card_every_channel_takes

pytestmark = pytest.mark.django_db


def test_a_story_carries_its_link_card(client, turkey_story):
    data = client.get(f"/api/v1/stories/{turkey_story.pk}").json()
    seo = data["seo"]
    assert seo["title"] == turkey_story.title
    assert seo["canonical_url"] == data["url"]
    assert seo["og_locale"] == "ky_KG"
    assert sorted(seo["og_locale_alternates"]) == ["en_US", "ru_RU"]
    assert seo["twitter_card"] == "summary_large_image"
    assert len(seo["twitter_title"]) <= 70
    assert len(seo["twitter_description"]) <= 200
    image = seo["og_image"]
    assert image["type"] == "image/jpeg"
    assert image["alt"]
    assert "fill-1200x630" in image["url"]
    assert image["width"] / image["height"] == pytest.approx(1200 / 630, rel=0.01)
    assert {a["hreflang"] for a in seo["alternates"]} == {"ky", "ru", "en", "x-default"}
    default = next(a for a in seo["alternates"] if a["hreflang"] == "x-default")
    assert default["url"] == data["url"]


def test_alternates_list_only_published_translations(client, turkey_story):
    english = turkey_story.get_translations().get(locale__language_code="en")
    SuccessStoryPage.objects.filter(pk=english.pk).update(live=False)
    seo = client.get(f"/api/v1/stories/{turkey_story.pk}?locale=ru").json()["seo"]
    assert {a["hreflang"] for a in seo["alternates"]} == {"ky", "ru", "x-default"}
    assert seo["og_locale"] == "ru_RU"


def test_a_theme_carries_its_link_card(client, central_theme):
    data = client.get(f"/api/v1/themes/{central_theme.pk}?locale=en").json()
    seo = data["seo"]
    assert seo["og_locale"] == "en_US"
    assert seo["canonical_url"] == data["url"]
    assert seo["description"] == data["statement"]
    assert {a["hreflang"] for a in seo["alternates"]} >= {"ky", "ru", "en"}


def test_an_exhibition_carries_its_link_card(client, tour):
    data = client.get(f"/api/v1/exhibitions/{tour.ky.pk}").json()
    seo = data["seo"]
    assert seo["title"] == tour.ky.title
    assert seo["description"] == "Мекенге жардам берген адамдардын сүрөттөрү."
    assert seo["canonical_url"] == data["url"]
    assert seo["og_locale"] == "ky_KG"
    assert seo["og_locale_alternates"] == ["ru_RU"]
    assert seo["twitter_card"] == "summary_large_image"
    assert_a_card_every_channel_takes(seo, tour.cover)
    assert (seo["og_image"]["width"], seo["og_image"]["height"]) == (1200, 630)
    alternates = {a["hreflang"]: a["url"] for a in seo["alternates"]}
    assert set(alternates) == {"ky", "ru", "x-default"}
    assert alternates["x-default"] == alternates["ky"] == data["url"]
    assert alternates["ru"] == next(t["url"] for t in data["translations"] if t["locale"] == "ru")


def test_an_exhibition_card_in_russian_lists_only_published_translations(client, tour):
    data = client.get(f"/api/v1/exhibitions/{tour.ky.pk}?locale=ru").json()
    seo = data["seo"]
    assert seo["og_locale"] == "ru_RU"
    assert seo["canonical_url"] == data["url"]
    assert seo["description"] == "Фотографии людей, которые помогли родине."

    ExhibitionPage.objects.filter(pk=tour.ru.pk).update(live=False)
    cache.clear()
    memo.forget()
    seo = client.get(f"/api/v1/exhibitions/{tour.ky.pk}?locale=ru").json()["seo"]
    assert seo["og_locale"] == "ky_KG"
    assert seo["og_locale_alternates"] == []
    assert [a["hreflang"] for a in seo["alternates"]] == ["ky"]


def test_an_exhibition_whose_cover_may_not_be_public_has_no_card_image(client, tour):
    type(tour.cover).objects.filter(pk=tour.cover.pk).update(release_status=ReleaseStatus.PENDING)
    seo = client.get(f"/api/v1/exhibitions/{tour.ky.pk}").json()["seo"]
    assert seo["og_image"] is None
