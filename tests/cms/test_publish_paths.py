"""Every way a page goes live obeys the consent rule (cms/publication.py).

For each path: a photo whose release is pending, or with minors and no release, keeps
the page unpublished with the rule's message and no error page; once the release is
recorded, the same path publishes.
"""

import io

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from campaigns.models import CampaignThemePage
from cms.editorial import COORDINATING_EDITORS
from cms.publication import PublicationRefused
from media_library.enums import ReleaseStatus
from stories.models import StoryIndexPage, SuccessStoryPage
from tests.stories.factories import ImageFactory

pytestmark = pytest.mark.django_db

RULE = "so the page cannot be published"

UNRELEASED = [
    pytest.param({"release_status": ReleaseStatus.PENDING}, id="release-pending"),
    pytest.param(
        {"release_status": ReleaseStatus.NOT_NEEDED, "minors_present": True}, id="minors"
    ),
]


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user(username="coordinator", password="pw")
    user.groups.add(Group.objects.get(name=COORDINATING_EDITORS))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def story_index(demo_site):
    return StoryIndexPage.objects.get(locale__language_code="ky")


def draft_story(index, photo, slug="consent-story"):
    page = SuccessStoryPage(title="Окуя", slug=slug, standfirst="Мекендештер.", live=False)
    page.hero_image = photo
    index.add_child(instance=page)
    page.save_revision()
    return SuccessStoryPage.objects.get(pk=page.pk)


def record_release(photo):
    photo.release_status = ReleaseStatus.OBTAINED
    photo.minors_present = photo.minors_present
    photo.release_reference = "KF-2025-001"
    photo.save()


def withdraw(photo, unreleased):
    for name, value in unreleased.items():
        setattr(photo, name, value)
    photo.save()


def is_live(page):
    return Page.objects.get(pk=page.pk).live


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def in_review(page, editor):
    page.get_workflow().start(page, editor)
    return Page.objects.get(pk=page.pk).specific


@pytest.mark.parametrize("unreleased", UNRELEASED)
def test_the_model_refuses_whatever_calls_publish(story_index, unreleased):
    photo = ImageFactory(**unreleased)
    page = draft_story(story_index, photo)
    with pytest.raises(PublicationRefused) as refused:
        page.get_latest_revision().publish()
    assert RULE in refused.value.messages[0]
    assert photo.title in refused.value.messages[0]
    assert not is_live(page)

    record_release(photo)
    page.get_latest_revision().publish()
    assert is_live(page)


@pytest.mark.parametrize("ajax", [False, True], ids=["form", "modal"])
@pytest.mark.parametrize("unreleased", UNRELEASED)
def test_workflow_action_approve(client, story_index, editor, unreleased, ajax):
    """The dashboard's and the page header's "Approve" post to the workflow action view."""
    photo = ImageFactory()
    page = in_review(draft_story(story_index, photo), editor)
    withdraw(photo, unreleased)  # after submission, before approval
    client.force_login(editor)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, "approve", page.current_workflow_task_state.pk),
    )
    headers = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"} if ajax else {}

    response = client.post(url, {"comment": "Жакшы"}, **headers)

    assert response.status_code == 200 if ajax else 302
    assert any(RULE in message for message in messages_of(response))
    page = Page.objects.get(pk=page.pk).specific
    assert not page.live
    assert page.workflow_in_progress, "a refused approval leaves the page in review"

    record_release(photo)
    response = client.post(url, {"comment": "Жакшы"}, **headers)
    assert is_live(page)


@pytest.mark.parametrize("unreleased", UNRELEASED)
def test_edit_view_approve(client, story_index, editor, unreleased):
    from tests.stories.test_workflow import story_form

    photo = ImageFactory()
    page = in_review(draft_story(story_index, photo), editor)
    withdraw(photo, unreleased)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    form = story_form(
        title=page.title,
        slug=page.slug,
        hero_image=photo,
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )

    response = client.post(url, form)

    assert response.status_code == 200
    assert RULE in response.content.decode()
    assert not is_live(page)

    record_release(photo)
    response = client.post(url, form)
    assert response.status_code == 302
    assert is_live(page)


def bulk_publish(client, pages, *, include_descendants=False):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    query = "&".join(f"id={page.pk}" for page in pages)
    data = {"include_descendants": "on"} if include_descendants else {}
    return client.post(f"{url}?{query}&next=/admin/", data)


@pytest.mark.parametrize("unreleased", UNRELEASED)
def test_bulk_publish_publishes_none_while_one_is_refused(client, story_index, editor, unreleased):
    fine = draft_story(story_index, ImageFactory(), slug="fine-story")
    photo = ImageFactory(**unreleased)
    refused = draft_story(story_index, photo)
    client.force_login(editor)

    response = bulk_publish(client, [fine, refused])

    assert response.status_code == 302
    assert [m for m in messages_of(response) if RULE in m and "Окуя" in m]
    assert not is_live(fine)
    assert not is_live(refused)

    record_release(photo)
    response = bulk_publish(client, [fine, refused])
    assert is_live(fine)
    assert is_live(refused)


def test_bulk_publish_checks_the_drafts_below(client, story_index, editor):
    photo = ImageFactory(release_status=ReleaseStatus.PENDING)
    child = draft_story(story_index, photo, slug="draft-below")
    client.force_login(editor)

    response = bulk_publish(client, [story_index], include_descendants=True)

    assert response.status_code == 302
    assert any(RULE in message for message in messages_of(response))
    assert not is_live(child)


def schedule(page, minutes_ago=1):
    """Approved for a time that has now passed, as publish_scheduled finds it."""
    page.go_live_at = timezone.now() + timezone.timedelta(minutes=5)
    revision = page.save_revision()
    revision.publish()
    past = timezone.now() - timezone.timedelta(minutes=minutes_ago)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    return revision


@pytest.mark.parametrize("unreleased", UNRELEASED)
def test_publish_scheduled_reports_and_keeps_the_refused_revision(story_index, unreleased):
    photo = ImageFactory()
    held = draft_story(story_index, photo)
    held_revision = schedule(held)
    other = draft_story(story_index, ImageFactory(), slug="scheduled-fine")
    schedule(other, minutes_ago=2)
    withdraw(photo, unreleased)
    stdout, stderr = io.StringIO(), io.StringIO()

    call_command("publish_scheduled", stdout=stdout, stderr=stderr)

    assert not is_live(held)
    assert is_live(other), "one refusal does not stop the others"
    assert RULE in stderr.getvalue()
    assert "Окуя" in stderr.getvalue()
    held_revision.refresh_from_db()
    assert held_revision.approved_go_live_at is not None, "still scheduled"

    dry = io.StringIO()
    call_command("publish_scheduled", "--dryrun", stdout=io.StringIO(), stderr=dry)
    assert "Would refuse" in dry.getvalue()
    assert not is_live(held)

    record_release(photo)
    call_command("publish_scheduled", stdout=io.StringIO(), stderr=io.StringIO())
    assert is_live(held)


def test_publishing_an_older_revision(client, story_index, editor):
    """ "Revisions" → "Review this version" → publish goes through the edit form and the
    model; revision.publish() from code hits the model's rule."""
    photo = ImageFactory(release_status=ReleaseStatus.PENDING)
    page = draft_story(story_index, photo)
    old = page.get_latest_revision()
    page.hero_image = None
    page.save_revision()
    with pytest.raises(PublicationRefused):
        old.publish(user=editor)
    assert not is_live(page)

    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:revisions_revert", args=(page.pk, old.pk)))
    assert response.status_code == 200


def test_publishing_copies_of_a_live_page(client, story_index, editor):
    photo = ImageFactory()
    page = draft_story(story_index, photo)
    page.get_latest_revision().publish()
    withdraw(photo, {"release_status": ReleaseStatus.PENDING})
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:copy", args=(page.pk,))
    data = {
        "new_title": "Көчүрмө",
        "new_slug": "copy-of-story",
        "new_parent_page": story_index.pk,
        "publish_copies": "on",
    }

    response = client.post(url, data)

    assert response.status_code == 302
    assert any(RULE in message for message in messages_of(response))
    assert not Page.objects.filter(slug="copy-of-story").exists()

    record_release(photo)
    response = client.post(url, data)
    assert Page.objects.get(slug="copy-of-story").live


def test_campaign_theme_pages_obey_the_rule(demo_site):
    photo = ImageFactory(release_status=ReleaseStatus.NOT_NEEDED, minors_present=True)
    theme = CampaignThemePage.objects.filter(locale=Locale.get_default()).live().first()
    theme.body = [{"type": "image", "value": {"image": photo.pk, "caption": ""}}]
    revision = theme.save_revision()
    with pytest.raises(PublicationRefused):
        revision.publish()
    assert CampaignThemePage.objects.get(pk=theme.pk).live_revision_id != revision.pk

    record_release(photo)
    revision.publish()
    assert CampaignThemePage.objects.get(pk=theme.pk).live_revision_id == revision.pk
