"""Every way wagtail-localize can publish a translation asks for the right and the rule.

wagtail-localize publishes when the transaction commits, so the requests run with
on-commit callbacks executed: a publish it would have made is seen here.
"""

import pytest

from django.urls import reverse
from django.utils import translation as i18n

from wagtail.models import Page

from media_library.enums import ReleaseStatus
from media_library.rules import consent_problem

from .conftest import edit_url, source_of, target, translate_all

pytestmark = pytest.mark.django_db


def sync_url(page):
    return reverse("wagtail_localize:update_translations", args=(source_of(page).pk,))


def messages_of(response):
    return [str(message).strip() for message in response.context["messages"]]


def refused_access(response):
    """Wagtail's admin answers PermissionDenied by redirecting to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def refusal(photo):
    """The page form's message, in the editors' language (English in these tests)."""
    with i18n.override("en"):
        return consent_problem(photo)


def test_creating_a_translation_of_a_live_page_does_not_publish_it(translation):
    assert not target(translation).live


def test_a_translators_sync_never_publishes(
    client, translator, story, translation, django_capture_on_commit_callbacks
):
    translate_all(translation)
    client.force_login(translator)
    assert "publish_translations" not in client.get(sync_url(story)).content.decode()

    story.title = "Мектеп жана бакча курулду"
    story.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url(story), {"publish_translations": "on"})
    assert response.status_code == 302
    page = target(translation)
    assert not page.live
    draft = page.get_latest_revision_as_object()
    # The changed title is not translated yet: the draft shows the source text.
    assert draft.title == "Мектеп жана бакча курулду"
    assert draft.standfirst.startswith("RU ")


def test_an_editors_sync_publishes_only_what_passes_the_rule(
    client, editor, story, photo, translation, django_capture_on_commit_callbacks
):
    translate_all(translation)
    photo.release_status = ReleaseStatus.PENDING
    photo.save()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url(story), {"publish_translations": "on"}, follow=True)
    assert any(refusal(photo) in message for message in messages_of(response))
    assert not target(translation).live

    photo.release_status = ReleaseStatus.OBTAINED
    photo.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(sync_url(story), {"publish_translations": "on"})
    page = target(translation)
    assert page.live
    assert page.title == "RU Мектеп курулду"


def test_the_editor_publish_button_needs_the_right_to_publish(
    client, translator, translation, django_capture_on_commit_callbacks
):
    translate_all(translation)
    client.force_login(translator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(target(translation)), {"action": "publish"})
    assert refused_access(response)
    assert not target(translation).live


def test_the_editor_publish_button_obeys_the_consent_rule(
    client, editor, photo, translation, django_capture_on_commit_callbacks
):
    translate_all(translation)
    photo.release_status = ReleaseStatus.REFUSED
    photo.save()
    client.force_login(editor)
    page = target(translation)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(page), {"action": "publish"}, follow=True)
    assert refusal(photo) in messages_of(response)
    assert not target(translation).live

    photo.release_status = ReleaseStatus.OBTAINED
    photo.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url(page), {"action": "publish"})
    assert target(translation).live


def test_converting_to_an_alias_of_a_live_source_is_a_publish(
    client, translator, editor, photo, translation, django_capture_on_commit_callbacks
):
    page = target(translation)
    url = reverse("wagtail_localize:convert_to_alias", args=(page.pk,))
    client.force_login(translator)
    with django_capture_on_commit_callbacks(execute=True):
        assert refused_access(client.post(url))
    assert Page.objects.get(pk=page.pk).alias_of_id is None
    assert not target(translation).live

    photo.release_status = ReleaseStatus.PENDING
    photo.save()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, follow=True)
    assert any(refusal(photo) in message for message in messages_of(response))
    assert Page.objects.get(pk=page.pk).alias_of_id is None
    assert not Page.objects.get(pk=page.pk).live


def test_restarting_a_stopped_translation_does_not_publish(
    client, translator, translation, django_capture_on_commit_callbacks
):
    translation.enabled = False
    translation.save()
    client.force_login(translator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            edit_url(target(translation)), {"localize-restart-translation": "1"}
        )
    assert response.status_code == 302
    translation.refresh_from_db()
    assert translation.enabled
    assert not target(translation).live


def test_translators_cannot_edit_kyrgyz_source_pages(client, translator, story, translation):
    client.force_login(translator)
    assert client.get(edit_url(story)).status_code in (302, 403)
    assert client.get(edit_url(target(translation))).status_code == 200
    assert client.post(reverse("wagtailadmin_pages:delete", args=(story.pk,))).status_code in (
        302,
        403,
    )
    assert Page.objects.filter(pk=story.pk).exists()
