"""The report of photos without a release on live pages and pages in review."""

import json
import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from cms.editorial import CONTENT_MANAGERS, PHOTOGRAPHERS, TRANSLATORS
from media_library.enums import ReleaseStatus
from stories.models import StoryIndexPage
from tests.stories.factories import ImageFactory, SuccessStoryPageFactory

pytestmark = pytest.mark.django_db

REPORT = reverse("media_library_release_report")


@pytest.fixture
def index(demo_site):
    return StoryIndexPage.objects.get(locale__language_code="ky")


def member_of(group_name):
    user = get_user_model().objects.create_user(
        group_name.lower().replace(" ", "-"), password="pw"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def live_story(index, photo, title):
    return SuccessStoryPageFactory(parent=index, title=title, hero_image=photo, live=True)


def reported(client, **params):
    response = client.get(REPORT, params)
    assert response.status_code == 200
    return {
        photo.title: sorted(page.title for page in photo.pages)
        for photo in response.context["object_list"]
    }


def test_lists_unpublishable_photos_on_live_pages_with_their_pages(editor_client, index):
    refused = ImageFactory(title="Report refused", release_status=ReleaseStatus.REFUSED)
    pending = ImageFactory(title="Report pending", release_status=ReleaseStatus.PENDING)
    released = ImageFactory(title="Report released", release_status=ReleaseStatus.OBTAINED)
    live_story(index, refused, "Story A")
    live_story(index, refused, "Story B")
    live_story(index, released, "Story C")
    SuccessStoryPageFactory(parent=index, title="Draft D", hero_image=pending, live=False)

    found = reported(editor_client)
    assert found["Report refused"] == ["Story A", "Story B"]
    assert "Report released" not in found
    assert "Report pending" not in found, "a draft nobody submitted is not shown anywhere"
    html = editor_client.get(REPORT).content.decode()
    assert reverse("wagtailimages:edit", args=(refused.pk,)) in html
    assert "Release refused" in html


def test_a_page_in_review_is_judged_on_the_revision_under_review(editor_client, index):
    photo = ImageFactory(title="Report undescribed", release_status=ReleaseStatus.UNDESCRIBED)
    page = SuccessStoryPageFactory(parent=index, title="Submitted E", live=False)
    page.hero_image = photo
    revision = page.save_revision()
    page.get_workflow().start(page, get_user_model().objects.get(username="editor"))
    assert revision.as_object().hero_image == photo

    found = reported(editor_client)
    assert found["Report undescribed"] == ["Submitted E"]
    html = editor_client.get(REPORT).content.decode()
    assert "in moderation" in html
    assert reverse("wagtailadmin_pages:edit", args=(page.pk,)) in html


def test_filter_by_problem(editor_client, index):
    children = ImageFactory(
        title="Report minors", release_status=ReleaseStatus.NOT_NEEDED, minors_present=True
    )
    refused = ImageFactory(title="Report refused", release_status=ReleaseStatus.REFUSED)
    live_story(index, children, "Story F")
    live_story(index, refused, "Story G")
    assert set(reported(editor_client, consent="minors")) == {"Report minors"}
    assert set(reported(editor_client, consent="refused")) == {"Report refused"}
    assert "May be published" not in editor_client.get(REPORT).content.decode()


def test_photographers_see_the_report_translators_do_not(client, index):
    client.force_login(member_of(PHOTOGRAPHERS))
    assert client.get(REPORT).status_code == 200
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    with translation.override(re.search(r'<html lang="([^"]+)"', home).group(1)):
        label = gettext("Photos without a release")
    # The reports menu reaches the page as the sidebar's JSON, non-ASCII escaped.
    assert json.dumps(label) in home
    client.force_login(member_of(CONTENT_MANAGERS))
    assert client.get(REPORT).status_code == 200
    client.force_login(member_of(TRANSLATORS))
    assert client.get(REPORT).status_code == 302


def test_export_lists_the_pages(editor_client, index):
    refused = ImageFactory(title="Report refused", release_status=ReleaseStatus.REFUSED)
    live_story(index, refused, "Story H")
    response = editor_client.get(REPORT, {"export": "csv"})
    content = b"".join(response.streaming_content).decode()
    assert "Report refused" in content
    assert "Story H" in content


def test_queries_do_not_grow_with_photos_or_live_pages(editor_client, index):
    def queries():
        with CaptureQueriesContext(connection) as context:
            assert editor_client.get(REPORT).status_code == 200
        return len(context.captured_queries)

    live_story(index, ImageFactory(release_status=ReleaseStatus.REFUSED), "Story 0")
    few = queries()
    for number in range(6):
        photo = ImageFactory(release_status=ReleaseStatus.PENDING)
        live_story(index, photo, f"Story {number + 1}")
        live_story(index, photo, f"Story {number + 1}b")
    assert queries() == few
    assert few <= 25


def test_pages_in_review_cost_at_most_two_queries_each(editor_client, index):
    """Only ``images_in_use()`` queries: the revision is read without checking its links."""
    editor = get_user_model().objects.get(username="editor")

    def submit(number):
        page = SuccessStoryPageFactory(parent=index, title=f"Review {number}", live=False)
        page.hero_image = ImageFactory(release_status=ReleaseStatus.UNDESCRIBED)
        page.save_revision()
        page.get_workflow().start(page, editor)

    def queries():
        with CaptureQueriesContext(connection) as context:
            found = reported(editor_client)
        return len(context.captured_queries), found

    submit(0)
    few, _ = queries()
    for number in range(1, 5):
        submit(number)
    many, found = queries()
    assert len([title for title, pages in found.items() if pages[0].startswith("Review")]) == 5
    assert many - few <= 2 * 4
