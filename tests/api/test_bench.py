"""The benchmark's story generator makes real, valid, published stories (not timed)."""

import io

import pytest

from cms.bench import SLUG_PREFIX, generate_stories
from stories.models import SuccessStoryPage


@pytest.mark.django_db
def test_generated_stories_are_valid_live_pages(client):
    ids = generate_stories(3, write=io.StringIO().write)

    stories = SuccessStoryPage.objects.filter(pk__in=ids).order_by("slug")
    assert [story.slug for story in stories] == [f"{SLUG_PREFIX}{n:04d}" for n in (1, 2, 3)]
    for story in stories:
        story.full_clean()
        story.body.stream_block.clean(story.body)
        assert story.live
        assert story.live_revision_id
        assert not story.has_unpublished_changes
        assert len(story.body) >= 6
        assert story.hero_image
        assert story.hero_links.count() >= 1
        assert story.sector_links.exists()
        assert story.theme_links.exists()

    listed = client.get(
        "/api/v2/pages/", {"type": "stories.SuccessStoryPage", "slug": f"{SLUG_PREFIX}0002"}
    ).json()
    assert [item["id"] for item in listed["items"]] == [ids[1]]

    assert generate_stories(3, write=io.StringIO().write) == ids  # a second run adds none
