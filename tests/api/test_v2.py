"""Wagtail API v2 (/api/v2/): page types with their nested fields, locales, and what
anonymous readers must never see."""

import datetime

import pytest

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Locale

from campaigns.models import CampaignThemePage
from media_library.consent import CONSENT_FORMS_COLLECTION
from media_library.models import CustomDocument
from stories.models import StoryIndexPage, StoryTheme, SuccessStoryPage
from tests.stories.factories import ImageFactory

PAGES = "/api/v2/pages/"
STORY = "stories.SuccessStoryPage"


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    return response.json()


def story_index():
    return StoryIndexPage.objects.get(locale=Locale.get_default(), depth=3)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page_type", "fields"),
    [
        ("cms.HomePage", ["central_theme", "introduction"]),
        ("stories.StoryIndexPage", ["introduction"]),
        (STORY, ["standfirst", "body", "hero_image", "hero_links", "theme_links", "sdgs"]),
        ("campaigns.CampaignThemePage", ["statement", "kind_label", "key_messages", "body"]),
    ],
)
def test_listing_of_each_page_type_with_every_field(client, page_type, fields):
    data = get_json(client, f"{PAGES}?type={page_type}&fields=*&locale=ky")

    assert data["meta"]["total_count"] >= 1
    for item in data["items"]:
        assert item["meta"]["type"] == page_type
        assert item["meta"]["locale"] == "ky"
        assert set(fields) <= set(item)


@pytest.mark.django_db
def test_story_relations_come_nested_not_as_bare_ids(client):
    data = get_json(client, f"{PAGES}?type={STORY}&fields=*&locale=ky&limit=20")
    stories = data["items"]
    assert len(stories) == 8

    with_all = [s for s in stories if s["hero_links"] and s["sector_links"] and s["theme_links"]]
    story = with_all[0]
    person = story["hero_links"][0]["person"]
    assert person["name"]
    assert person["role_label"]
    assert story["sector_links"][0]["sector"]["name"]
    assert story["theme_links"][0]["theme"]["title"]
    assert story["theme_links"][0]["theme"]["detail_url"].endswith("/")
    assert story["place"]["name"]
    assert story["place"]["key"]
    assert story["contributions"][0]["label"]
    assert story["sdgs"][0]["goal"] >= 1
    image = story["hero_image"]
    assert set(image["alt"]) == {"ky", "ru", "en"}
    assert image["alt"]["ky"]
    assert image["credit_line"]
    card = image["card"]
    if card is not None:  # made by a background task; never in the request
        assert (card["width"], card["height"]) == (800, 600)


@pytest.mark.django_db
def test_listing_costs_the_same_queries_whatever_its_length(client):
    url = f"{PAGES}?type={STORY}&fields=*&locale=ky&limit="
    get_json(client, f"{url}1")  # fills the per-process caches (site root paths, …)
    counts = []
    for limit in (2, 8):
        with CaptureQueriesContext(connection) as queries:
            get_json(client, f"{url}{limit}")
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


@pytest.mark.django_db
def test_detail_of_a_story(client):
    story = SuccessStoryPage.objects.filter(locale=Locale.get_default()).first()

    data = get_json(client, f"{PAGES}{story.pk}/")

    assert data["id"] == story.pk
    assert data["title"] == story.title
    assert data["meta"]["parent"]["id"] == story.get_parent().pk
    assert {block["type"] for block in data["body"]} >= {"text"}
    assert data["hero_links"][0]["person"]["name"]


@pytest.mark.django_db
def test_locale_and_translation_of(client):
    ru = get_json(client, f"{PAGES}?type={STORY}&locale=ru&fields=standfirst")
    assert ru["meta"]["total_count"] == 8
    assert {item["meta"]["locale"] for item in ru["items"]} == {"ru"}

    source = SuccessStoryPage.objects.filter(locale=Locale.get_default()).first()
    translated = source.get_translation(Locale.objects.get(language_code="ru"))
    data = get_json(client, f"{PAGES}?translation_of={source.pk}&locale=ru")
    assert [item["id"] for item in data["items"]] == [translated.pk]


# Visibility beyond the page rule (tests/api/test_public_rule.py has the table).


def new_story(parent, slug, **fields):
    page = SuccessStoryPage(title=slug, slug=slug, standfirst="Окуя.", **fields)
    parent.add_child(instance=page)
    return page


def published(parent, slug, **fields):
    page = new_story(parent, slug, **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def final_status(client, url, **params):
    """Status after redirects: Django's LocaleMiddleware answers a 404 outside the
    language prefixes with a redirect to ``/ky/…``, which then is the 404."""
    return client.get(url, params, follow=True).status_code


def seen_in_listing(client, page):
    data = get_json(client, f"{PAGES}?type={STORY}&slug={page.slug}")
    return page.pk in {item["id"] for item in data["items"]}


@pytest.mark.django_db
def test_a_live_page_with_a_scheduled_revision_stays_visible(client):
    page = published(story_index(), "rescheduled-story")
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    page.title = "A change for tomorrow"
    page.save_revision().publish()

    assert seen_in_listing(client, page)
    assert get_json(client, f"{PAGES}{page.pk}/")["title"] == "rescheduled-story"


@pytest.mark.django_db
def test_a_story_does_not_reveal_a_draft_theme(client):
    theme = CampaignThemePage.objects.filter(locale=Locale.get_default()).live().first()
    draft = CampaignThemePage(title="Драфт тема", slug="draft-theme", statement="Драфт.")
    theme.add_child(instance=draft)
    draft.unpublish()
    page = published(story_index(), "story-with-draft-theme")
    StoryTheme.objects.create(page=page, theme=theme)
    StoryTheme.objects.create(page=page, theme=draft)

    data = get_json(client, f"{PAGES}{page.pk}/")

    assert [link["theme"]["id"] for link in data["theme_links"]] == [theme.pk]


# Images and documents of private collections.


@pytest.fixture
def private_collections(db):
    consent = Collection.objects.get(name=CONSENT_FORMS_COLLECTION)
    below = consent.add_child(name="Consent forms 2025")
    restricted = Collection.get_first_root_node().add_child(name="Embargoed photos")
    CollectionViewRestriction.objects.create(
        collection=restricted, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    return [consent, below, restricted]


@pytest.mark.parametrize("where", [0, 1, 2], ids=["consent forms", "below them", "password"])
def test_private_images_are_not_listed_or_retrievable(client, private_collections, where):
    image = ImageFactory(collection=private_collections[where])
    public = get_image_model().objects.exclude(pk=image.pk).first()

    listed = get_json(client, "/api/v2/images/?limit=20&order=-id")
    ids = {item["id"] for item in listed["items"]}

    assert image.pk not in ids
    assert public.pk in {
        i["id"] for i in get_json(client, f"/api/v2/images/?id={public.pk}")["items"]
    }
    assert final_status(client, f"/api/v2/images/{image.pk}/") == 404
    assert final_status(client, "/api/v2/images/find/", id=image.pk) == 404


@pytest.mark.parametrize("where", [0, 1, 2], ids=["consent forms", "below them", "password"])
def test_private_documents_are_not_listed_or_retrievable(client, private_collections, where):
    document = CustomDocument.objects.create(
        title="Release 2025-3",
        file=ContentFile(b"signed\n", name="release.txt"),
        collection=private_collections[where],
    )
    public = CustomDocument.objects.create(
        title="Annual report", file=ContentFile(b"report\n", name="report.txt")
    )

    ids = {
        item["id"] for item in get_json(client, "/api/v2/documents/?limit=20&order=-id")["items"]
    }

    assert public.pk in ids
    assert document.pk not in ids
    assert final_status(client, f"/api/v2/documents/{document.pk}/") == 404
    assert final_status(client, "/api/v2/documents/find/", id=document.pk) == 404


def test_a_story_does_not_reveal_a_private_photo(client, private_collections):
    photo = ImageFactory(collection=private_collections[2])
    page = published(story_index(), "story-with-private-photo", hero_image=photo)

    data = get_json(client, f"{PAGES}{page.pk}/")

    assert data["hero_image"] is None
