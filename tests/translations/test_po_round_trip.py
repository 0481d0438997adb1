"""A whole story goes out as a PO file, comes back translated, is reviewed and served."""

import json

import polib
import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.rich_text import RichText

from .conftest import edit_url, target

pytestmark = pytest.mark.django_db


@pytest.fixture
def long_story(story):
    story.body = [("text", RichText("<p>Айылда жаңы мектеп ачылды.</p>"))]
    story.save_revision().publish()
    story.refresh_from_db()
    return story


def test_po_export_translate_upload_review_and_serve(
    client, translator, editor, long_story, translation
):
    story = long_story
    client.force_login(translator)
    page = target(translation)
    response = client.get(reverse("wagtail_localize:download_pofile", args=(translation.pk,)))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert {entry.msgid for entry in po} >= {story.title, story.standfirst}
    for entry in po:
        entry.msgstr = f"[ru] {entry.msgid}"

    upload = SimpleUploadedFile("story-ru.po", str(po).encode(), "text/x-gettext-translation")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=(translation.pk,)),
        {"file": upload, "next": edit_url(page)},
    )
    assert response.status_code == 302
    assert translation.get_progress()[0] == translation.get_progress()[1]

    client.post(edit_url(page), {"action": "submit"})
    page = target(translation)
    assert page.workflow_in_progress
    assert not page.live

    client.force_login(editor)
    state = WorkflowState.objects.get(
        base_content_type=page.get_base_content_type(),
        object_id=str(page.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=(page.pk, "approve", state.current_task_state.pk),
        ),
        {"comment": ""},
    )
    assert target(translation).live

    client.logout()
    response = client.get(f"/api/v1/stories/{story.pk}?locale=ru")
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == f"[ru] {story.title}"
    assert data["locale"] == "ru"
    assert "[ru] Айылда жаңы мектеп ачылды." in json.dumps(data["body"], ensure_ascii=False)
