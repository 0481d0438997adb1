"""One rule for what the public may see, the same answer from every endpoint and process.

A table: content states × every endpoint of both APIs (v1, Wagtail v2, their searches)
× the process the change is made in. Each row starts from a live, public item that every
endpoint shows and whose responses the server has cached; then the change is made
either in the server's own process or in another one (a web worker, a task worker,
``publish_scheduled`` from cron) that shares the database but not the server's cache;
then the server must hide the item from its very next request.
"""

import datetime
from contextlib import contextmanager

import pytest

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from media_library.enums import ReleaseStatus
from media_library.models import CustomDocument
from stories.models import StoryIndexPage, SuccessStoryPage
from tests.stories.factories import ImageFactory

pytestmark = pytest.mark.django_db


def local_cache(name: str) -> dict:
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": name,
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"{name}-renditions",
        },
    }


@contextmanager
def process(name: str):
    """Run the block as a process with its own local-memory cache (same database)."""
    with override_settings(CACHES=local_cache(name)):
        yield


SERVER = "server"
PROCESSES = {"same process": SERVER, "another process": "worker"}


# Pages


def hours(n: float) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(hours=n)


def live_story(ky_index, word: str):
    """A live story in a live section of its own, so states can act on the parent."""
    section = StoryIndexPage(title=f"Бөлүм {word}", slug=f"bolum-{word}")
    ky_index.get_parent().add_child(instance=section)
    section.save_revision().publish()
    story = SuccessStoryPage(
        title=f"Ачык окуя {word}", slug=f"окуя-{word}", standfirst=f"{word} standfirst"
    )
    section.add_child(instance=story)
    story.save_revision().publish()
    return story


def unpublish(story):
    story.unpublish()


def make_private(story):
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)


def unpublish_parent(story):
    story.get_parent().unpublish()


def make_parent_private(story):
    PageViewRestriction.objects.create(
        page=story.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="x"
    )


def expire_by_publish_scheduled(story):
    """The cron job: the expiry passed, ``publish_scheduled`` unpublishes."""
    SuccessStoryPage.objects.filter(pk=story.pk).update(expire_at=hours(-1))
    call_command("publish_scheduled", verbosity=0)


def expire_parent_by_publish_scheduled(story):
    StoryIndexPage.objects.filter(pk=story.get_parent().pk).update(expire_at=hours(-1))
    call_command("publish_scheduled", verbosity=0)


def publish_with_passed_expiry(story):
    """A revision published with an expiry already past (live, but not for long)."""
    story.expire_at = hours(-1)
    story.save_revision().publish()


def reschedule(story):
    """Taken offline and scheduled again for tomorrow."""
    story.unpublish()
    story.go_live_at = hours(24)
    story.save_revision().publish()


def move_under_draft_section(story):
    draft = StoryIndexPage(title="Драфт бөлүм", slug="draft-bolum", live=False)
    story.get_parent().get_parent().add_child(instance=draft)
    story.move(draft, pos="last-child")


def delete(story):
    story.delete()


PAGE_STATES = {
    "unpublished": unpublish,
    "private": make_private,
    "under an unpublished parent": unpublish_parent,
    "under a private parent": make_parent_private,
    "expired by publish_scheduled": expire_by_publish_scheduled,
    "under a parent expired by publish_scheduled": expire_parent_by_publish_scheduled,
    "live with its expiry passed": publish_with_passed_expiry,
    "rescheduled for tomorrow": reschedule,
    "moved under a draft section": move_under_draft_section,
    "deleted": delete,
}


def v1_list(client, page):
    items = client.get("/api/v1/stories?limit=100").json()["items"]
    return page.pk in {item["id"] for item in items}


def v1_detail(client, page):
    return client.get(f"/api/v1/stories/{page.pk}").status_code == 200


def v1_by_slug(client, page):
    return client.get(f"/api/v1/stories/by-slug/{page.slug}").status_code == 200


def v1_search(client, page):
    word = page.slug.split("-")[-1]
    items = client.get(f"/api/v1/search?q={word}").json()["items"]
    return page.pk in {item["id"] for item in items}


def v2_listing(client, page):
    data = client.get(f"/api/v2/pages/?type=stories.SuccessStoryPage&slug={page.slug}").json()
    return page.pk in {item["id"] for item in data["items"]}


def v2_detail(client, page):
    return client.get(f"/api/v2/pages/{page.pk}/").status_code == 200


def v2_search(client, page):
    word = page.slug.split("-")[-1]
    response = client.get(f"/api/v2/pages/?search={word}")
    assert response.status_code == 200, response.content[:300]
    return page.pk in {item["id"] for item in response.json()["items"]}


def v2_find(client, page):
    site_root = page.get_site().root_page
    html_path = page.url_path[len(site_root.url_path) - 1 :]
    response = client.get("/api/v2/pages/find/", {"html_path": html_path})
    return response.status_code == 302 and response["Location"].split("?")[0].endswith(
        f"/api/v2/pages/{page.pk}/"
    )


PAGE_ENDPOINTS = {
    "v1 list": v1_list,
    "v1 detail": v1_detail,
    "v1 by slug": v1_by_slug,
    "v1 search": v1_search,
    "v2 listing": v2_listing,
    "v2 detail": v2_detail,
    "v2 search": v2_search,
    "v2 find": v2_find,
}


@pytest.mark.parametrize("where", PROCESSES)
@pytest.mark.parametrize("state", PAGE_STATES)
def test_pages_hidden_by_a_change_disappear_from_every_endpoint(client, ky_index, state, where):
    with process(SERVER):
        story = live_story(ky_index, f"w{abs(hash(state)) % 10**6}")
        seen = {name: ask(client, story) for name, ask in PAGE_ENDPOINTS.items()}
    assert all(seen.values()), seen  # the control: live and public, found everywhere

    with process(PROCESSES[where]):
        PAGE_STATES[state](SuccessStoryPage.objects.get(pk=story.pk))

    with process(SERVER):
        still_seen = [name for name, ask in PAGE_ENDPOINTS.items() if ask(client, story)]
    assert still_seen == [], f"{state} ({where}) still served by {still_seen}"


def never_published(ky_index, word):
    story = SuccessStoryPage(title=f"Драфт {word}", slug=f"драфт-{word}", standfirst="Драфт.")
    ky_index.add_child(instance=story)
    story.unpublish()
    story.save_revision()
    return story


def scheduled(ky_index, word):
    story = SuccessStoryPage(
        title=f"Эртең {word}", slug=f"эртең-{word}", standfirst="Эртең.", go_live_at=hours(24)
    )
    ky_index.add_child(instance=story)
    story.save_revision().publish()
    return story


def expiry_passed_before_publish_scheduled_ran(ky_index, word):
    """Nothing was written: only the clock moved past the expiry."""
    story = live_story(ky_index, word)
    SuccessStoryPage.objects.filter(pk=story.pk).update(expire_at=hours(-0.1))
    return story


def parent_expiry_passed(ky_index, word):
    story = live_story(ky_index, word)
    StoryIndexPage.objects.filter(pk=story.get_parent().pk).update(expire_at=hours(-0.1))
    return story


def live_row_with_go_live_ahead(ky_index, word):
    """A row may say live with a go-live date ahead (an import, a script): not yet."""
    story = live_story(ky_index, word)
    SuccessStoryPage.objects.filter(pk=story.pk).update(go_live_at=hours(2))
    return story


BUILT_STATES = {
    "live (control)": (live_story, True),
    "draft never published": (never_published, False),
    "scheduled for tomorrow": (scheduled, False),
    "expiry passed, publish_scheduled not run yet": (
        expiry_passed_before_publish_scheduled_ran,
        False,
    ),
    "parent's expiry passed": (parent_expiry_passed, False),
    "live row with go-live ahead": (live_row_with_go_live_ahead, False),
}


@pytest.mark.parametrize("state", BUILT_STATES)
def test_pages_built_in_a_state_are_shown_by_every_endpoint_or_none(client, ky_index, state):
    build, public = BUILT_STATES[state]
    story = build(ky_index, f"b{abs(hash(state)) % 10**6}")
    seen = {name: ask(client, story) for name, ask in PAGE_ENDPOINTS.items()}
    assert seen == dict.fromkeys(PAGE_ENDPOINTS, public), state


# Images and documents


def live_story_with_photo(ky_index, word: str, photo):
    story = live_story(ky_index, word)
    story.hero_image = photo
    story.save_revision().publish()
    return story


def private_collection(name: str, *, nested: bool = False):
    root = Collection.get_first_root_node()
    private = root.add_child(name=f"{name} private")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    return private.add_child(name=f"{name} inside") if nested else private


def release_pending(image):
    image.release_status = ReleaseStatus.PENDING
    image.save()


def release_refused(image):
    image.release_status = ReleaseStatus.REFUSED
    image.save()


def minors_without_release(image):
    image.release_status = ReleaseStatus.NOT_NEEDED
    image.minors_present = True
    image.save()


def into_private_collection(image):
    image.collection = private_collection("photos")
    image.save()


def into_collection_below_a_private_one(image):
    image.collection = private_collection("deep", nested=True)
    image.save()


def collection_becomes_private(image):
    CollectionViewRestriction.objects.create(
        collection=image.collection, restriction_type=CollectionViewRestriction.LOGIN
    )


IMAGE_STATES = {
    "release pending": release_pending,
    "release refused": release_refused,
    "minors, no release": minors_without_release,
    "moved to a private collection": into_private_collection,
    "moved below a private collection": into_collection_below_a_private_one,
    "its collection made private": collection_becomes_private,
}


def image_ids(items) -> set[int]:
    return {item["id"] for item in items}


IMAGE_ENDPOINTS = {
    "v1 images": lambda c, i, s: (
        i.pk in image_ids(c.get("/api/v1/images?limit=100").json()["items"])
    ),
    "v1 image": lambda c, i, s: c.get(f"/api/v1/images/{i.pk}").status_code == 200,
    "v1 story's photo": lambda c, i, s: (
        (c.get(f"/api/v1/stories/{s.pk}").json()["hero_image"] or {}).get("id") == i.pk
    ),
    "v2 images": lambda c, i, s: (
        i.pk in image_ids(c.get("/api/v2/images/?limit=20&order=-id").json()["items"])
    ),
    "v2 image": lambda c, i, s: c.get(f"/api/v2/images/{i.pk}/").status_code == 200,
    "v2 image search": lambda c, i, s: (
        i.pk in image_ids(c.get(f"/api/v2/images/?search={i.title.split()[-1]}").json()["items"])
    ),
    "v2 story's photo": lambda c, i, s: (
        (c.get(f"/api/v2/pages/{s.pk}/").json()["hero_image"] or {}).get("id") == i.pk
    ),
}


@pytest.mark.parametrize("where", PROCESSES)
@pytest.mark.parametrize("state", IMAGE_STATES)
def test_photos_that_may_not_be_public_disappear_from_every_endpoint(
    client, ky_index, state, where
):
    with process(SERVER):
        photo = ImageFactory(
            title=f"Сүрөт ph{abs(hash(state)) % 10**6}", release_status=ReleaseStatus.OBTAINED
        )
        story = live_story_with_photo(ky_index, f"p{abs(hash(state)) % 10**6}", photo)
        seen = {name: ask(client, photo, story) for name, ask in IMAGE_ENDPOINTS.items()}
    assert all(seen.values()), seen

    with process(PROCESSES[where]):
        IMAGE_STATES[state](type(photo).objects.get(pk=photo.pk))

    with process(SERVER):
        still = [name for name, ask in IMAGE_ENDPOINTS.items() if ask(client, photo, story)]
    assert still == [], f"{state} ({where}) still served by {still}"


DOCUMENT_ENDPOINTS = {
    "v2 documents": lambda c, d: (
        d.pk in image_ids(c.get("/api/v2/documents/?limit=20&order=-id").json()["items"])
    ),
    "v2 document": lambda c, d: c.get(f"/api/v2/documents/{d.pk}/").status_code == 200,
    "v2 document search": lambda c, d: (
        d.pk
        in image_ids(c.get(f"/api/v2/documents/?search={d.title.split()[-1]}").json()["items"])
    ),
}


@pytest.mark.parametrize("where", PROCESSES)
def test_documents_of_a_private_collection_disappear_from_v2(client, demo_site, where):
    with process(SERVER):
        document = CustomDocument.objects.create(
            title="Отчёт reportword", file=ContentFile(b"report", name="report.txt")
        )
        seen = {name: ask(client, document) for name, ask in DOCUMENT_ENDPOINTS.items()}
    assert all(seen.values()), seen

    with process(PROCESSES[where]):
        document.collection = private_collection("documents")
        document.save()

    with process(SERVER):
        still = [name for name, ask in DOCUMENT_ENDPOINTS.items() if ask(client, document)]
    assert still == [], still
