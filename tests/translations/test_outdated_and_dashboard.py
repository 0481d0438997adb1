"""Outdated translations after a source change, and the dashboard that shows every state."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale, Page

from stories.models import StoryIndexPage
from tests.stories.factories import SuccessStoryPageFactory
from translations import dashboard
from translations.outdated import changes_since

from .conftest import edit_url, target, translate_all

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/translations/"


def publish_translation(translation, editor, client):
    client.force_login(editor)
    client.post(edit_url(target(translation)), {"action": "publish"})
    return target(translation)


def change_source(story, capture, title="Мектеп жана бакча курулду"):
    story.title = title
    with capture(execute=True):
        story.save_revision().publish()


def row_for(rows, page, language):
    return next(r for r in rows if r.source.pk == page.pk and r.locale.language_code == language)


def test_a_source_change_makes_the_translation_outdated_and_syncs_a_draft(
    client, editor, story, translation, django_capture_on_commit_callbacks
):
    translate_all(translation)
    published = publish_translation(translation, editor, client)
    assert published.live
    assert row_for(dashboard.build_rows(), story, "ru").state == dashboard.PUBLISHED

    change_source(story, django_capture_on_commit_callbacks)

    page = target(translation)
    assert page.live
    assert page.title == "RU Мектеп курулду"  # the live translation is untouched
    assert page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Мектеп жана бакча курулду"  # synced, waiting for its translation
    row = row_for(dashboard.build_rows(), story, "ru")
    assert row.state == dashboard.OUTDATED
    assert row.outdated_since > published.last_published_at

    changes = changes_since(translation.source, published.last_published_at)
    assert [(c.path, c.old, c.new) for c in changes] == [
        ("title", "Мектеп курулду", "Мектеп жана бакча курулду")
    ]
    client.force_login(editor)
    content = client.get(edit_url(page)).content.decode()
    assert 'data-segment="title"' in content
    # Only the words that changed are marked.
    assert "<td data-before>Мектеп курулду</td>" in content
    assert "<td data-now>Мектеп <ins>жана бакча</ins> курулду</td>" in content


def test_republishing_without_changing_text_does_not_outdate(
    client, editor, story, translation, django_capture_on_commit_callbacks
):
    translate_all(translation)
    publish_translation(translation, editor, client)
    change_source(story, django_capture_on_commit_callbacks, title=story.title)
    assert row_for(dashboard.build_rows(), story, "ru").state == dashboard.PUBLISHED


def test_dashboard_states(client, translator, editor, story, translation):
    rows = dashboard.build_rows()
    assert row_for(rows, story, "en").state == dashboard.MISSING
    row = row_for(rows, story, "ru")
    assert row.state == dashboard.IN_PROGRESS
    assert row.percent == 0

    translate_all(translation)
    assert row_for(dashboard.build_rows(), story, "ru").percent == 100

    client.force_login(translator)
    client.post(edit_url(target(translation)), {"action": "submit"})
    assert row_for(dashboard.build_rows(), story, "ru").state == dashboard.SUBMITTED

    response = client.get(DASHBOARD, {"state": "submitted", "language": "ru"})
    assert response.status_code == 200
    content = response.content.decode()
    assert f'data-page="{story.pk}"' in content
    assert set(re.findall(r'data-state="([a-z_]+)"', content)) == {"submitted"}
    assert set(re.findall(r'data-language="([a-z]+)"', content)) == {"ru"}

    missing = client.get(DASHBOARD, {"state": "missing", "language": "en"}).content.decode()
    submit_url = reverse("wagtail_localize:submit_page_translation", args=(story.pk,))
    assert f"{submit_url}?select_locale=en" in missing


def test_dashboard_filters_by_section(client, translator, story):
    client.force_login(translator)
    section = story.content_type_id
    content = client.get(DASHBOARD, {"section": section}).content.decode()
    pages = {int(pk) for pk in re.findall(r'data-page="(\d+)"', content)}
    assert story.pk in pages
    types = set(Page.objects.filter(pk__in=pages).values_list("content_type_id", flat=True))
    assert types == {section}
    assert client.get(DASHBOARD, {"state": "bogus"}).status_code == 200


def test_dashboard_query_count_does_not_grow_with_pages(
    client, translator, story, translation, demo_site
):
    client.force_login(translator)
    with CaptureQueriesContext(connection) as before:
        client.get(DASHBOARD)
    index = StoryIndexPage.objects.get(locale__language_code="ky")
    for number in range(5):
        SuccessStoryPageFactory(parent=index, title=f"Жаңы окуя {number}")
    with CaptureQueriesContext(connection) as after:
        response = client.get(DASHBOARD)
    assert response.status_code == 200
    assert len(after.captured_queries) == len(before.captured_queries)


def test_translators_home_panel_counts_missing_and_outdated(client, translator, story):
    client.force_login(translator)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    expected = dashboard.to_do_count(dashboard.build_rows())
    assert expected >= Locale.objects.count() - 1  # at least the new story's missing English
    assert f'data-translations-to-do="{expected}"' in content
    assert DASHBOARD in content
