"""Which changes become events: public ones only, and only once committed."""

import json

import pytest

from django.db import transaction
from django.test import TestCase

from wagtail.models import PageViewRestriction

from contests.models import ResultsPublication
from exhibitions.models import TourStop
from tests.stories.factories import StoryIndexPageFactory, SuccessStoryPageFactory
from webhooks.events import EVENTS, TYPES, public_page
from webhooks.models import Message

pytestmark = pytest.mark.django_db

PAGE_EVENTS = ["page.published", "page.unpublished", "page.deleted"]


def committed():
    return TestCase.captureOnCommitCallbacks(execute=True)


@pytest.fixture
def index(demo_site):
    return StoryIndexPageFactory(parent=demo_site, slug="webhook-stories")


@pytest.fixture
def draft(index):
    return SuccessStoryPageFactory(parent=index, live=False, slug="webhook-story")


def bodies(receiver):
    return [json.loads(request.body) for request in receiver.requests]


def test_the_vocabulary_is_registered_by_the_apps():
    assert set(EVENTS) == {
        "page.published",
        "page.unpublished",
        "page.deleted",
        "contest.results_published",
        "exhibition.stop_changed",
    }
    assert {
        "stories.SuccessStoryPage",
        "campaigns.CampaignThemePage",
        "contests.ContestEditionPage",
        "exhibitions.TourStop",
    } <= set(TYPES)


def test_publishing_sends_after_the_commit_and_not_before(make_subscriber, receiver, draft):
    make_subscriber(events=PAGE_EVENTS)
    with committed(), transaction.atomic():
        draft.save_revision().publish()
        assert receiver.requests == []
        assert not Message.objects.exists()
    (body,) = bodies(receiver)
    assert body["event"] == "page.published"
    assert body["type"] == "stories.SuccessStoryPage"
    assert (body["id"], body["locale"]) == (draft.pk, "ky")
    assert body["url"] == "https://portal.example/ky/webhook-stories/webhook-story/"
    assert receiver.requests[0].verified


def publish_then_fail(page):
    with transaction.atomic():
        page.save_revision().publish()
        raise RuntimeError("the publication fails after the page was saved")


def test_a_rolled_back_publication_sends_nothing(make_subscriber, receiver, draft):
    make_subscriber(events=PAGE_EVENTS)
    with committed() as callbacks, pytest.raises(RuntimeError):
        publish_then_fail(draft)
    assert callbacks == []
    assert receiver.requests == []
    assert not Message.objects.exists()


def test_a_draft_save_sends_nothing(make_subscriber, receiver, draft):
    make_subscriber(events=PAGE_EVENTS)
    with committed():
        draft.title = "Changed"
        draft.save_revision()
    assert receiver.requests == []


def test_unpublishing_and_deleting_a_public_page_are_sent(make_subscriber, receiver, draft):
    make_subscriber(events=PAGE_EVENTS)
    with committed():
        draft.save_revision().publish()
    with committed():
        draft.refresh_from_db()
        draft.unpublish()
    with committed():
        draft.save_revision().publish()
    with committed():
        draft.delete()
    events = [(b["event"], b["id"]) for b in bodies(receiver)]
    assert events == [
        ("page.published", draft.pk),
        ("page.unpublished", draft.pk),
        ("page.published", draft.pk),
        ("page.deleted", draft.pk),
    ]
    assert bodies(receiver)[-1]["url"].endswith("/webhook-story/")


def test_deleting_a_draft_sends_nothing(make_subscriber, receiver, draft):
    make_subscriber(events=PAGE_EVENTS)
    with committed():
        draft.delete()
    assert receiver.requests == []


def test_pages_under_a_private_branch_are_never_announced(make_subscriber, receiver, index, draft):
    make_subscriber(events=PAGE_EVENTS)
    PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    with committed():
        draft.save_revision().publish()
    with committed():
        draft.refresh_from_db()
        draft.unpublish()
    with committed():
        draft.save_revision().publish()
    with committed():
        draft.delete()
    assert receiver.requests == []


def test_a_page_below_an_unpublished_parent_is_not_announced(make_subscriber, receiver, index):
    make_subscriber(events=PAGE_EVENTS)
    story = SuccessStoryPageFactory(parent=index, live=False, slug="orphan")
    index.unpublish()
    with committed():
        story.save_revision().publish()
    assert receiver.requests == []


def test_results_publication_is_sent_per_public_language(make_subscriber, receiver):
    make_subscriber(events=["contest.results_published"])
    publication = ResultsPublication.objects.select_related("edition").first()
    with committed():
        publication.save()
    public = [
        page.pk
        for page in publication.edition.get_translations(inclusive=True)
        if public_page(page.pk)
    ]
    assert public
    received = bodies(receiver)
    assert sorted(b["id"] for b in received) == sorted(public)
    assert {b["event"] for b in received} == {"contest.results_published"}
    assert {b["type"] for b in received} == {"contests.ContestEditionPage"}
    assert all(r.verified for r in receiver.requests)


def test_a_tour_stop_publication_is_sent_without_a_language(make_subscriber, receiver):
    make_subscriber(events=["exhibition.stop_changed"], locales=["en"])
    stop = TourStop.objects.filter(live=True).select_related("exhibition").first()
    exhibition = public_page(stop.exhibition_id)
    assert exhibition is not None
    with committed():
        stop.save_revision().publish()
    with committed():
        stop.save_revision()
    (body,) = bodies(receiver)
    assert body["event"] == "exhibition.stop_changed"
    assert (body["type"], body["id"], body["locale"]) == ("exhibitions.TourStop", stop.pk, None)
    assert body["url"] == exhibition.url
