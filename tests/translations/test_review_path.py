"""Translate, submit for review, request changes, resubmit, approve: the translator's path."""

import re

import pytest

from django.urls import reverse

from wagtail.models import WorkflowState

from cms.editorial import WORKFLOW_NAME
from media_library.enums import ReleaseStatus

from .conftest import edit_url, target, translate_all

pytestmark = pytest.mark.django_db


def main_action(response):
    match = re.search(r'data-translation-main-action="([^"]+)"', response.content.decode())
    return match and match.group(1)


def workflow_action(client, page, action, comment=""):
    state = WorkflowState.objects.get(
        base_content_type=page.get_base_content_type(),
        object_id=str(page.pk),
        status="in_progress",
    )
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, action, state.current_task_state.pk)
    )
    return client.post(url, {"comment": comment})


def test_the_translators_main_button_is_the_next_step_never_delete(
    client, translator, translation
):
    client.force_login(translator)
    response = client.get(edit_url(target(translation)))
    assert response.status_code == 200
    content = response.content.decode()
    assert main_action(response) == "save-draft"
    # Converting to an alias of the live source would publish: not offered to translators.
    convert = reverse("wagtail_localize:convert_to_alias", args=(target(translation).pk,))
    assert f'href="{convert}' not in content
    assert 'value="publish"' not in content

    translate_all(translation)
    assert main_action(client.get(edit_url(target(translation)))) == "submit"


def test_an_editors_main_button_publishes(client, editor, translation):
    client.force_login(editor)
    response = client.get(edit_url(target(translation)))
    assert main_action(response) == "publish"
    # Destructive actions are in the menu and lead to their confirmation pages.
    content = response.content.decode()
    convert = reverse("wagtail_localize:convert_to_alias", args=(target(translation).pk,))
    delete = reverse("wagtailadmin_pages:delete", args=(target(translation).pk,))
    assert f'href="{convert}' in content
    assert f'href="{delete}"' in content
    assert client.get(convert).status_code == 200  # the confirmation, nothing converted yet
    assert target(translation).alias_of_id is None


def test_translation_goes_live_through_the_editorial_review(
    client, translator, editor, translation
):
    translate_all(translation)
    client.force_login(translator)
    response = client.post(edit_url(target(translation)), {"action": "submit"})
    assert response.status_code == 302
    page = target(translation)
    assert page.workflow_in_progress
    assert page.current_workflow_state.workflow.name == WORKFLOW_NAME
    assert not page.live
    assert page.get_latest_revision_as_object().title == "RU Мектеп курулду"
    response = client.get(edit_url(page))
    assert main_action(response) is None  # the page waits for its reviewer
    assert "Awaiting review" in response.content.decode()
    assert "data-translation-review" in response.content.decode()
    assert client.post(edit_url(page), {"action": "save-draft"}).status_code == 302
    assert target(translation).workflow_in_progress

    client.force_login(editor)
    workflow_action(client, page, "reject", comment="«Школа» — с маленькой буквы.")
    page = target(translation)
    assert not page.live

    client.force_login(translator)
    response = client.get(edit_url(page))
    assert "«Школа» — с маленькой буквы." in response.content.decode()
    assert main_action(response) == "submit"
    client.post(edit_url(page), {"action": "submit"})
    assert target(translation).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(editor)
    workflow_action(client, page, "approve")
    page = target(translation)
    assert page.live
    assert page.title == "RU Мектеп курулду"


def test_a_translation_showing_an_unreleased_photo_is_not_sent_for_review(
    client, translator, photo, translation
):
    translate_all(translation)
    photo.release_status = ReleaseStatus.PENDING
    photo.save()
    client.force_login(translator)
    response = client.post(edit_url(target(translation)), {"action": "submit"}, follow=True)
    assert any("Айылдагы балдар" in str(message) for message in response.context["messages"])
    assert not target(translation).workflow_in_progress


def test_saving_a_draft_keeps_the_translation_unpublished(client, translator, translation):
    translate_all(translation)
    client.force_login(translator)
    client.post(edit_url(target(translation)), {"action": "save-draft"})
    page = target(translation)
    assert not page.live
    assert page.get_latest_revision_as_object().title == "RU Мектеп курулду"


def test_the_reviewer_approves_in_the_translation_editor_under_the_consent_rule(
    client, translator, editor, photo, translation
):
    translate_all(translation)
    client.force_login(translator)
    client.post(edit_url(target(translation)), {"action": "submit"})
    photo.release_status = ReleaseStatus.PENDING
    photo.save()

    client.force_login(editor)
    page = target(translation)
    assert main_action(client.get(edit_url(page))) == "approve"
    response = client.post(edit_url(page), {"action": "approve"}, follow=True)
    assert any("Айылдагы балдар" in str(message) for message in response.context["messages"])
    page = target(translation)
    assert not page.live
    assert page.workflow_in_progress

    client.force_login(translator)
    assert client.post(edit_url(page), {"action": "approve"}).status_code == 302
    assert target(translation).workflow_in_progress  # a translator cannot approve

    photo.release_status = ReleaseStatus.OBTAINED
    photo.save()
    client.force_login(editor)
    client.post(edit_url(page), {"action": "approve"})
    page = target(translation)
    assert page.live
    assert page.title == "RU Мектеп курулду"
