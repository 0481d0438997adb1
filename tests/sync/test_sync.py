"""Sync sends what the lists send, then only what changed; every way an item can leave
the public set reaches the client as a removal."""

import datetime
import time

import pytest

from django.utils import timezone

from wagtail.models import Locale

from cms.api.sync.models import SyncEntry
from stories.models import SuccessStoryPage
from tests.api.test_public_rule import PAGE_STATES, live_story

from .replica import Replica

pytestmark = pytest.mark.django_db

LISTS = {
    "stories": "/api/v1/stories?limit=100",
    "people": "/api/v1/people?limit=100",
    "exhibitions": "/api/v1/exhibitions?limit=100",
    "themes": "/api/v1/themes",
    "places": "/api/v1/places",
    "countries": "/api/v1/countries",
    "sectors": "/api/v1/sectors",
}


def listed(client, url: str, locale: str) -> list[dict]:
    data = client.get(url, {"locale": locale}).json()
    return data["items"] if isinstance(data, dict) else data


@pytest.mark.parametrize("locale", ["ky", "ru", "en"])
def test_a_first_sync_holds_what_the_lists_show(client, locale):
    replica = Replica(client, locale).sync()
    for kind, url in LISTS.items():
        items = listed(client, url, locale)
        assert replica.ids(kind) == {item["id"] for item in items}, kind
    for item in listed(client, LISTS["themes"], locale) + listed(client, LISTS["places"], locale):
        kind = "themes" if "statement" in item else "places"
        assert replica.items[(kind, item["id"])] == item
    for pk in replica.ids("stories"):
        detail = client.get(f"/api/v1/stories/{pk}", {"locale": locale}).json()
        assert replica.items[("stories", pk)] == detail
    contests = client.get("/api/v1/contests", {"locale": locale}).json()
    with_results = {
        edition["id"]
        for programme in contests
        for edition in programme["editions"]
        if edition["has_results"]
    }
    assert with_results
    assert replica.ids("contests") == with_results
    for pk in with_results:
        edition = client.get(f"/api/v1/contests/{pk}", {"locale": locale}).json()
        assert replica.items[("contests", pk)]["results"] == edition["results"]
    hero_images = {
        data["hero_image"]["id"]
        for (kind, _pk), data in replica.items.items()
        if kind == "stories" and data["hero_image"]
    }
    assert hero_images
    assert hero_images <= replica.ids("images")


def test_a_delta_sends_only_what_changed(client, ky_index):
    story = live_story(ky_index, "delta")
    replica = Replica(client, "ky").sync()
    first = dict(replica.items)

    assert replica.get(replica.token)["items"] == []
    story.title = "Жаңы аталыш"
    story.save_revision().publish()
    answer = replica.get(replica.token)
    assert [(item["type"], item["id"]) for item in answer["items"]] == [("stories", story.pk)]
    assert answer["items"][0]["data"]["title"] == "Жаңы аталыш"
    assert answer["removed"] == []
    replica.apply(answer)
    assert {key for key in first if first[key] != replica.items[key]} == {("stories", story.pk)}


@pytest.mark.parametrize("state", PAGE_STATES)
def test_every_way_of_leaving_is_a_removal(client, ky_index, state):
    story = live_story(ky_index, "leaves")
    replica = Replica(client, "ky").sync()
    assert ("stories", story.pk) in replica.items

    PAGE_STATES[state](SuccessStoryPage.objects.get(pk=story.pk))
    answer = replica.get(replica.token)
    assert {"type": "stories", "id": story.pk} in answer["removed"]
    replica.apply(answer)
    assert story.pk not in replica.ids("stories")


def test_a_translation_taken_down_gives_way_to_the_fallback(client, ky_index):
    story = SuccessStoryPage(title="Которулган окуя", slug="которулган", standfirst="Окуя.")
    ky_index.add_child(instance=story)
    story.save_revision().publish()
    russian = story.copy_for_translation(Locale.objects.get(language_code="ru"))
    russian.save_revision().publish()
    replica = Replica(client, "ru").sync()
    assert russian.pk in replica.ids("stories")
    assert story.pk not in replica.ids("stories")

    SuccessStoryPage.objects.get(pk=russian.pk).unpublish()
    answer = replica.get(replica.token)
    assert {"type": "stories", "id": russian.pk} in answer["removed"]
    replica.apply(answer)
    assert replica.items[("stories", story.pk)]["is_fallback"] is True


def test_an_expiry_passing_without_any_write_is_a_removal(client, ky_index):
    story = live_story(ky_index, "expires")
    story.expire_at = timezone.now() + datetime.timedelta(seconds=3)
    story.save_revision().publish()
    replica = Replica(client, "ky").sync()
    assert story.pk in replica.ids("stories")

    time.sleep(max(0, (story.expire_at - timezone.now()).total_seconds()) + 0.1)
    replica.sync()
    assert story.pk not in replica.ids("stories")


def test_paging_through_gives_the_same_copy_as_one_answer(client, settings):
    whole = Replica(client, "ru").sync()
    assert whole.pages == 1
    settings.SYNC_PAGE_SIZE = 7
    paged = Replica(client, "ru").sync()
    assert paged.pages == -(-len(whole.items) // 7)
    assert paged.items == whole.items


def test_publishing_while_a_client_pages_through_loses_nothing(client, ky_index, settings):
    """Each page is read after the change before it: an item published, edited or
    taken down between pages is numbered after everything sent so far."""
    settings.SYNC_PAGE_SIZE = 10
    sent_first = live_story(ky_index, "early")
    replica = Replica(client, "ky")
    done = []

    def meanwhile():
        if done:
            return
        done.append(live_story(ky_index, "meanwhile"))
        edited = SuccessStoryPage.objects.get(pk=sent_first.pk)
        edited.title = "Өзгөрдү"
        edited.save_revision().publish()

    replica.sync(between_pages=meanwhile)
    assert done
    assert replica.pages > 2
    assert done[0].pk in replica.ids("stories")
    assert replica.items[("stories", sent_first.pk)]["title"] == "Өзгөрдү"
    assert replica.items == Replica(client, "ky").sync().items
    assert replica.sync().items == Replica(client, "ky").sync().items


def test_removals_are_forgotten_once_no_token_can_ask_for_them(client, ky_index, settings):
    settings.SYNC_TOKEN_MAX_AGE = 3600
    old, recent = live_story(ky_index, "old-removal"), live_story(ky_index, "recent-removal")
    replica = Replica(client, "ky").sync()
    old.unpublish()
    replica.apply(replica.get(replica.token))
    removals = SyncEntry.objects.filter(language="ky", gone=True)
    removals.filter(object_id=old.pk).update(
        changed_at=timezone.now() - datetime.timedelta(hours=2, minutes=1)
    )
    recent.unpublish()  # the next reconcile numbers this removal and prunes the old one
    answer = replica.get(replica.token)
    assert {"type": "stories", "id": recent.pk} in answer["removed"]
    assert set(removals.values_list("object_id", flat=True)) >= {recent.pk}
    assert not removals.filter(object_id=old.pk).exists()
    replica.apply(answer)
    assert not {old.pk, recent.pk} & replica.ids("stories")
