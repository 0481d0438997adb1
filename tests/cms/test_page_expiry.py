"""Page routes refuse expired and not-yet-live pages before publish_scheduled runs."""

from datetime import timedelta

import pytest

from django.utils import timezone

from tests.stories.factories import StoryIndexPageFactory, SuccessStoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(demo_site):
    return StoryIndexPageFactory(parent=demo_site, slug="expiry-index")


def story(parent, **fields):
    return SuccessStoryPageFactory(parent=parent, **fields)


def test_a_live_page_is_served(client, index):
    assert client.get(story(index).url).status_code == 200


def test_an_expired_page_is_a_404_before_publish_scheduled_runs(client, index):
    page = story(index, expire_at=timezone.now() - timedelta(minutes=1))
    assert page.live
    assert client.get(page.url).status_code == 404


def test_a_page_expiring_later_is_served(client, index):
    page = story(index, expire_at=timezone.now() + timedelta(hours=1))
    assert client.get(page.url).status_code == 200


def test_a_page_whose_go_live_time_is_ahead_is_a_404(client, index):
    page = story(index, go_live_at=timezone.now() + timedelta(hours=1))
    assert client.get(page.url).status_code == 404


def test_a_page_under_an_expired_parent_is_a_404(client, index):
    page = story(index)
    index.expire_at = timezone.now() - timedelta(minutes=1)
    index.save()
    assert client.get(page.url).status_code == 404


def test_a_page_under_an_unpublished_parent_is_a_404(client, index):
    page = story(index)
    index.unpublish()
    assert client.get(page.url).status_code == 404


def test_an_expired_page_is_refused_to_editors_too_but_previews_work(admin_client, index):
    page = story(index, expire_at=timezone.now() - timedelta(minutes=1))
    assert admin_client.get(page.url).status_code == 404
    assert admin_client.get(f"/admin/pages/{page.pk}/edit/preview/").status_code == 200
