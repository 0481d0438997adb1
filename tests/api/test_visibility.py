"""Visibility cases of the Content API beyond the page rule's table
(tests/api/test_public_rule.py): cache lifetimes, people and filters."""

import pytest

from django.utils import timezone

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from cms.api.content_version import bump_content_version
from cms.api.visibility import seconds_until_next_change
from stories.models import Person, StoryHero, StoryIndexPage, SuccessStoryPage
from tests.stories.factories import ImageFactory, PersonFactory

pytestmark = pytest.mark.django_db


def _story(parent, word, **fields):
    story = SuccessStoryPage(
        title=f"Жашыруун окуя {word}", slug=f"жашыруун-{word}", standfirst=f"{word} standfirst"
    )
    for name, value in fields.items():
        setattr(story, name, value)
    parent.add_child(instance=story)
    return story


def make_draft(index):
    story = _story(index, "draftword", live=False)
    story.save_revision()
    return story


def make_private(index):
    story = _story(index, "privateword")
    story.save_revision().publish()
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    return story


def ask(client, endpoint, story):
    word = story.slug.split("-")[-1]
    if endpoint == "list":
        data = client.get("/api/v1/stories?limit=100").json()
        return any(item["id"] == story.pk for item in data["items"])
    if endpoint == "detail":
        return client.get(f"/api/v1/stories/{story.pk}").status_code != 404
    if endpoint == "detail by slug":
        return client.get(f"/api/v1/stories/by-slug/{story.slug}").status_code != 404
    if endpoint == "search":
        data = client.get(f"/api/v1/search?q={word}").json()
        return any(item["id"] == story.pk for item in data["items"])
    raise AssertionError(endpoint)


def test_cached_list_drops_a_story_that_becomes_private(client, ky_index):
    story = _story(ky_index, "laterprivate")
    story.save_revision().publish()
    assert ask(client, "list", story)
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    assert not ask(client, "list", story)


def test_stories_under_an_expired_parent_are_hidden(client, ky_index):
    story = _story(ky_index, "underexpired")
    story.save_revision().publish()
    assert ask(client, "list", story)
    StoryIndexPage.objects.filter(pk=ky_index.pk).update(
        expire_at=timezone.now() - timezone.timedelta(minutes=1)
    )
    bump_content_version()
    for endpoint in ("list", "detail", "detail by slug", "search"):
        assert not ask(client, endpoint, story), endpoint


def test_cached_responses_do_not_outlive_an_upcoming_expiry(ky_index):
    story = _story(ky_index, "expiressoon")
    story.save_revision().publish()
    SuccessStoryPage.objects.filter(pk=story.pk).update(
        expire_at=timezone.now() + timezone.timedelta(minutes=10)
    )
    bump_content_version()
    assert 0 < seconds_until_next_change() <= 600


def test_people_never_show_a_photo_from_a_private_collection(client, demo_site):
    person = Person.objects.filter(locale__language_code="ky", story_links__isnull=False).first()
    root = Collection.get_first_root_node()
    private = root.add_child(name="Private portraits")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    photo = ImageFactory(collection=private, release_status="obtained")
    Person.objects.filter(pk=person.pk).update(photo=photo)
    bump_content_version()
    data = client.get(f"/api/v1/people/{person.pk}").json()
    assert data["photo"] is None
    listed = client.get("/api/v1/people?limit=100").json()["items"]
    assert all(item["photo"] is None or item["photo"]["id"] != photo.pk for item in listed)


def test_hero_filter_does_not_reveal_people_of_drafts(client, ky_index):
    hidden = PersonFactory()
    story = make_draft(ky_index)
    story.hero_links = [StoryHero(person=hidden)]
    story.save_revision()
    response = client.get(f"/api/v1/stories?hero={hidden.pk}")
    assert response.status_code == 400
    assert client.get(f"/api/v1/people/{hidden.pk}").status_code == 404
