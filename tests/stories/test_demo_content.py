"""The demo content: the eight Annex 2 cases and the campaign themes, in three languages."""

import pytest

from django.urls import reverse

from wagtail.models import Locale

from campaigns.models import CampaignThemePage
from stories.models import Person, Place, StoryIndexPage, SuccessStoryPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_eight_published_stories_per_language(demo_site, language):
    stories = SuccessStoryPage.objects.live().filter(locale__language_code=language)
    assert stories.count() == 8
    for story in stories:
        assert story.hero_image is not None
        assert story.hero_links.exists()
        assert story.sources.raw_data
        assert story.theme_links.exists()
        assert story.standfirst


def test_translations_share_a_key_and_speak_their_language(demo_site):
    ky = SuccessStoryPage.objects.get(locale__language_code="ky", slug__startswith="түркиядан")
    ru = ky.get_translation(Locale.objects.get(language_code="ru"))
    en = ky.get_translation(Locale.objects.get(language_code="en"))
    assert "Түркиядагы" in ky.title
    assert "Турции" in ru.title
    assert "Türkiye" in en.title
    assert ru.slug == "15-кислородных-концентраторов-из-турции"
    assert en.place.locale.language_code == "en"
    assert en.place.translation_key == ky.place.translation_key
    assert en.hero_links.first().person.locale.language_code == "en"


def test_central_theme_and_five_topics(demo_site):
    central = CampaignThemePage.objects.get(locale__language_code="en", kind="central")
    assert "lives of specific people" in central.statement
    assert central.get_children().live().count() == 5
    audiences = set(central.key_messages.values_list("audience", flat=True))
    assert audiences == {"primary", "secondary", "tertiary"}


def test_taxonomy_in_three_languages(demo_site):
    for language in ("ky", "ru", "en"):
        places = Place.objects.filter(locale__language_code=language)
        assert {"bishkek", "osh-city", "batken", "chui"} <= set(
            places.values_list("key", flat=True)
        )
        assert Person.objects.filter(locale__language_code=language).count() >= 8
    maksat = Place.objects.get(locale__language_code="ru", key="maksat")
    assert maksat.path == "batken/leilek-district/maksat"


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("ky", "кычкылтек", "Түркиядагы"),
        ("ru", "кислородных", "Турции"),
        ("en", "concentrators", "Türkiye"),
        ("en", "Kochkorov", "Türkiye"),
        ("ru", "Баткенская", "Баткен"),
    ],
)
def test_search_per_locale(demo_site, language, query, expected):
    locale = Locale.objects.get(language_code=language)
    results = list(SuccessStoryPage.objects.live().filter(locale=locale).search(query))
    assert results
    assert all(page.locale_id == locale.pk for page in results)
    assert any(expected in page.title for page in results)


def test_search_does_not_cross_languages(demo_site):
    ky = Locale.objects.get(language_code="ky")
    assert not list(SuccessStoryPage.objects.live().filter(locale=ky).search("concentrators"))


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_story_preview_reads_well_in_each_language(admin_client, demo_site, language):
    story = SuccessStoryPage.objects.get(locale__language_code=language, slug__contains="15")
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=(story.pk,)))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert story.title in html
    assert "<img" in html


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_public_pages_render(client, demo_site, language):
    index = StoryIndexPage.objects.get(locale__language_code=language)
    response = client.get(index.url)
    assert response.status_code == 200
    assert response.content.decode().count("<li><a href=") >= 8
    story = SuccessStoryPage.objects.filter(locale__language_code=language).first()
    assert client.get(story.url).status_code == 200


def test_key_figures_are_translated_too(demo_site):
    """List blocks are stored with item ids, so translators get their text."""
    story = SuccessStoryPage.objects.get(locale__language_code="en", slug__startswith="15-oxygen")
    figures = next(block for block in story.body if block.block_type == "key_figures")
    labels = [item["label"] for item in figures.value["items"]]
    assert "oxygen concentrators handed over to the Ministry of Health" in labels
    assert all(item["unit"] != "АКШ доллары" for item in figures.value["items"])
