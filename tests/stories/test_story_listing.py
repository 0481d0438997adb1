"""The "Success stories" listing: status filters, and coming back to it after editing."""

from urllib.parse import quote

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from stories.models import StoryIndexPage, SuccessStoryPage
from tests.stories.factories import SuccessStoryPageFactory

pytestmark = pytest.mark.django_db

LISTING = reverse("success_stories:index")


@pytest.fixture
def stories(demo_site, admin_user):
    index = StoryIndexPage.objects.get(locale__language_code="ky")
    user = admin_user
    published = SuccessStoryPageFactory(parent=index, title="Listing published")
    draft = SuccessStoryPageFactory(parent=index, title="Listing draft", live=False)
    scheduled = SuccessStoryPageFactory(parent=index, title="Listing scheduled", live=False)
    scheduled.go_live_at = timezone.now() + timezone.timedelta(days=2)
    scheduled.save_revision(user=user).publish(user=user)
    in_review = SuccessStoryPageFactory(parent=index, title="Listing in review", live=False)
    in_review.save_revision(user=user)
    in_review.get_workflow().start(in_review, user)
    return {
        "published": published,
        "draft": draft,
        "scheduled": scheduled,
        "in_review": in_review,
    }


def listed(client, status):
    response = client.get(LISTING, {"live": status, "q": "Listing"})
    assert response.status_code == 200
    return {page.title for page in response.context["object_list"]}


def test_status_filters(admin_client, stories):
    assert SuccessStoryPage.objects.get(pk=stories["scheduled"].pk).live is False
    assert listed(admin_client, "scheduled") == {"Listing scheduled"}
    assert listed(admin_client, "in_moderation") == {"Listing in review"}
    assert "Listing published" in listed(admin_client, "true")
    assert "Listing draft" in listed(admin_client, "false")


def test_opening_a_story_carries_the_listing_back(admin_client, stories):
    page = stories["draft"]
    response = admin_client.get(LISTING, {"live": "false"})
    back = f"{LISTING}?live=false"
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert f'href="{edit}?next={quote(back, safe="")}"' in response.content.decode()


def test_submitting_returns_to_the_listing(admin_client, stories):
    page = stories["draft"]
    back = f"{LISTING}?live=false"
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    post = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "standfirst": page.standfirst,
            "story_date": "2024-05-01",
            "hero_image": "",
            "body": streamfield([]),
            "sources": streamfield([]),
            "social_texts": streamfield([]),
            "hero_links": inline_formset([]),
            "place_links": inline_formset([]),
            "sector_links": inline_formset([]),
            "theme_links": inline_formset([]),
            "contributions": inline_formset([]),
            "sdgs": inline_formset([]),
            "comments": inline_formset([]),
            "action-submit": "1",
        }
    )
    response = admin_client.post(f"{edit}?next={quote(back, safe='')}", post)
    assert response.status_code == 302
    assert response["Location"] == back
