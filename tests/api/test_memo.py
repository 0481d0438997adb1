"""The per-process memo: one build per content version, and never a value of another
version, whichever process replaced it."""

import datetime
import time

import pytest

from django.core.cache import cache
from django.utils import timezone

from wagtail.models import PageViewRestriction

from cms.api import memo
from cms.api.content_version import SINGLETON, bump_content_version, content_version
from cms.api.models import ContentVersion

from .conftest import get_json

pytestmark = pytest.mark.django_db


def test_a_value_is_built_once_per_content_version(db):
    builds = []

    def build():
        builds.append(content_version().token)
        return len(builds)

    assert memo.remembered("probe", build) == 1
    assert memo.remembered("probe", build) == 1
    bump_content_version()
    assert memo.remembered("probe", build) == 2
    assert memo.remembered("probe", build) == 2
    assert builds[0] != builds[1]


def test_values_of_one_version_are_dropped_together(db):
    memo.remembered("first", lambda: "a")
    bump_content_version()
    memo.remembered("second", lambda: "b")
    assert memo.remembered("first", lambda: "rebuilt") == "rebuilt"


def test_a_change_written_by_another_process_is_seen_at_once(client, turkey_story):
    """Another process restricts the story and replaces the version row; this process
    has its lookups remembered, and its next request still hides the story."""
    _, before = get_json(client, "/api/v1/stories?limit=50&fields=id")
    assert turkey_story.pk in {item["id"] for item in before["items"]}

    # What the other process commits: the restriction (no signal runs here) and a new
    # version token in the database row.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=turkey_story, restriction_type="password", password="x")]
    )
    ContentVersion.objects.filter(pk=SINGLETON).update(token="written-elsewhere")

    _, after = get_json(client, "/api/v1/stories?limit=50&fields=id")
    assert turkey_story.pk not in {item["id"] for item in after["items"]}
    response, _ = get_json(client, f"/api/v1/stories/{turkey_story.pk}")
    assert response.status_code == 404


def test_the_remembered_story_order_ends_when_a_page_expires(client, turkey_story):
    """The ordered selection is kept per version, and only until the next moment a
    live page expires or goes live."""
    # Seconds enough for the first request to come before the expiry on a busy machine.
    turkey_story.expire_at = timezone.now() + datetime.timedelta(seconds=4)
    turkey_story.save_revision().publish()
    _, before = get_json(client, "/api/v1/stories?limit=50&fields=id,is_fallback")
    assert turkey_story.pk in {item["id"] for item in before["items"]}
    assert not any(item["is_fallback"] for item in before["items"])

    time.sleep((turkey_story.expire_at - timezone.now()).total_seconds() + 0.2)
    cache.clear()  # the response cache ends at the same moment; the memo must too
    _, after = get_json(client, "/api/v1/stories?limit=50&fields=id,is_fallback")
    assert turkey_story.pk not in {item["id"] for item in after["items"]}
    # The Kyrgyz story has expired: its translation stands in for it.
    assert [item["is_fallback"] for item in after["items"]].count(True) == 1


def test_filters_apply_to_the_remembered_order(client, demo_site):
    _, everything = get_json(client, "/api/v1/stories?limit=50&fields=id,sectors")
    sector = everything["items"][0]["sectors"][0]["key"]
    _, filtered = get_json(client, f"/api/v1/stories?limit=50&fields=id&sector={sector}")
    expected = [
        item["id"]
        for item in everything["items"]
        if sector in {entry["key"] for entry in item["sectors"]}
    ]
    assert [item["id"] for item in filtered["items"]] == expected
    assert filtered["count"] == len(expected)
