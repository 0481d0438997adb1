"""The seo block of the story and theme objects: the portal's link cards."""

import pytest

from stories.models import SuccessStoryPage

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
