"""Editorial groups, the review workflow and the photo-consent rule, through the real admin."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Workflow
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from cms.editorial import (
    CONTENT_MANAGERS,
    COORDINATING_EDITORS,
    PHOTOGRAPHERS,
    SMM_MANAGERS,
    TRANSLATORS,
    WORKFLOW_NAME,
)
from media_library.enums import ReleaseStatus
from stories.models import StoryIndexPage, SuccessStoryPage

from .factories import ImageFactory

pytestmark = pytest.mark.django_db

image_policy = policy_registry.get_by_type(get_image_model())
document_policy = policy_registry.get_by_type(get_document_model())


def member_of(group_name, username=None):
    user = get_user_model().objects.create_user(
        username=username or group_name.lower().replace(" ", "-"), password="pw"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def story_index(demo_site):
    return StoryIndexPage.objects.get(locale__language_code="ky")


def story_form(title="Жаңы окуя", slug="жаңы-окуя", hero_image=None, **actions):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "standfirst": "Мекендештер айылга мектеп курушту.",
            "story_date": "2024-05-01",
            "hero_image": hero_image.pk if hero_image else "",
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
            **actions,
        }
    )


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=("stories", "successstorypage", index.pk))


def test_groups_have_the_permissions_their_work_needs(demo_site):
    manager, editor = member_of(CONTENT_MANAGERS), member_of(COORDINATING_EDITORS)
    smm, photographer = member_of(SMM_MANAGERS), member_of(PHOTOGRAPHERS)
    translator = member_of(TRANSLATORS)
    story = SuccessStoryPage.objects.filter(locale__language_code="ky").first()

    def perms(user):
        return story.permissions_for_user(user)

    assert perms(manager).can_edit()
    assert not perms(manager).can_publish()
    assert perms(editor).can_publish()
    assert perms(editor).can_unpublish()
    assert perms(smm).can_edit()
    assert not perms(smm).can_publish()
    assert not perms(photographer).can_edit()
    assert not perms(translator).can_edit(), "the Kyrgyz source is not the translators'"
    translation = SuccessStoryPage.objects.filter(locale__language_code="ru").first()
    assert translation.permissions_for_user(translator).can_edit()
    assert not translation.permissions_for_user(translator).can_publish()
    assert translator.has_perm("wagtail_localize.submit_translation")
    assert image_policy.user_has_permission(photographer, "add")
    assert document_policy.user_has_permission(photographer, "add")
    assert not image_policy.user_has_permission(translator, "add")
    assert image_policy.user_has_permission(translator, "choose")
    assert not manager.has_perm("stories.delete_person")
    assert editor.has_perm("stories.delete_person")
    for user in (manager, editor, smm, photographer, translator):
        assert user.has_perm("wagtailadmin.access_admin")


def test_every_page_goes_through_the_editorial_review(demo_site):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    story = SuccessStoryPage.objects.first()
    assert story.get_workflow() == workflow
    assert [task.name for task in workflow.tasks] == ["Coordinating editor's review"]


def test_draft_to_live_through_review(client, story_index):
    client.force_login(member_of(CONTENT_MANAGERS))
    response = client.post(add_url(story_index), story_form(**{"action-submit": "Submit"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = SuccessStoryPage.objects.get(slug="жаңы-окуя")
    assert not page.live
    assert page.workflow_in_progress

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), story_form(**{"action-publish": "1"})
    )
    page.refresh_from_db()
    assert not page.live, "a content manager cannot publish"

    client.force_login(member_of(COORDINATING_EDITORS))
    task_state = page.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)),
        {"comment": "Жакшы"},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert not page.workflow_in_progress


def test_photo_without_release_blocks_publishing_but_not_drafts(client, story_index):
    photo = ImageFactory(title="Айылдагы балдар", release_status=ReleaseStatus.PENDING)
    editor = member_of(COORDINATING_EDITORS)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)
    response = client.post(
        add_url(story_index), story_form(hero_image=photo, **{"action-publish": "1"})
    )
    assert response.status_code == 200
    assert "shows people without a recorded release" in response.content.decode()
    assert "Айылдагы балдар" in response.content.decode()
    assert not SuccessStoryPage.objects.filter(slug="жаңы-окуя").exists()

    response = client.post(add_url(story_index), story_form(hero_image=photo))
    assert response.status_code == 302
    draft = SuccessStoryPage.objects.get(slug="жаңы-окуя")
    assert not draft.live

    edit_url = reverse("wagtailadmin_pages:edit", args=(draft.pk,))
    response = client.post(edit_url, story_form(hero_image=photo, **{"action-submit": "1"}))
    assert response.status_code == 200
    assert not draft.__class__.objects.get(pk=draft.pk).workflow_in_progress

    photo.release_status = ReleaseStatus.OBTAINED
    photo.release_reference = "KF-2024-017"
    photo.save()
    response = client.post(edit_url, story_form(hero_image=photo, **{"action-publish": "1"}))
    assert response.status_code == 302
    assert SuccessStoryPage.objects.get(pk=draft.pk).live


def test_minors_need_a_recorded_release_too(client, story_index):
    photo = ImageFactory(release_status=ReleaseStatus.NOT_NEEDED, minors_present=True)
    client.force_login(member_of(COORDINATING_EDITORS))
    response = client.post(
        add_url(story_index), story_form(hero_image=photo, **{"action-publish": "1"})
    )
    assert response.status_code == 200
    assert not SuccessStoryPage.objects.filter(slug="жаңы-окуя").exists()


def test_scheduled_story_goes_live_with_publish_scheduled(story_index):
    page = SuccessStoryPage(
        title="Кийинчерээк", slug="кийинчерээк", standfirst="Жакында.", live=False
    )
    story_index.add_child(instance=page)
    page.go_live_at = timezone.now() + timezone.timedelta(minutes=5)
    revision = page.save_revision()
    revision.publish()
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None
    assert not Page.objects.get(pk=page.pk).live

    # Time passes: the scheduled moment is now in the past.
    past = timezone.now() - timezone.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert Page.objects.get(pk=page.pk).live
