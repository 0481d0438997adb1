"""The benchmark's story generator makes real, valid, published stories (not timed)."""

import io

import pytest

from wagtail.models import Page

from bench.generate import generate_stories, slug_of
from stories.models import SuccessStoryPage


@pytest.mark.django_db
def test_generated_stories_are_valid_live_pages(client):
    ids = generate_stories(3, write=io.StringIO().write)

    stories = SuccessStoryPage.objects.filter(pk__in=ids).order_by("slug")
    assert [story.slug for story in stories] == [slug_of(n) for n in (1, 2, 3)]
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
        "/api/v2/pages/", {"type": "stories.SuccessStoryPage", "slug": slug_of(2)}
    ).json()
    assert [item["id"] for item in listed["items"]] == [ids[1]]

    assert generate_stories(3, write=io.StringIO().write) == ids  # a second run adds none


@pytest.mark.django_db
def test_bulk_generation_keeps_the_tree_and_revisions_whole(client):
    """Pages written in bulk are indistinguishable from pages added one by one."""
    ids = generate_stories(4, write=io.StringIO().write)
    ids = generate_stories(7, write=io.StringIO().write)  # a second batch after the first

    assert Page.find_problems() == ([], [], [], [], [])
    stories = list(SuccessStoryPage.objects.filter(pk__in=ids).order_by("path"))
    assert [story.slug for story in stories] == [slug_of(n) for n in range(1, 8)]
    index = stories[0].get_parent()
    assert index.numchild == index.get_children().count()
    for story in stories:
        assert story.url_path == f"{index.url_path}{story.slug}/"
        revision = story.live_revision
        assert revision == story.latest_revision
        as_saved = revision.as_object()
        assert as_saved.title == story.title
        assert [link.person_id for link in as_saved.hero_links.all()] == [
            link.person_id for link in story.hero_links.all()
        ]
    listed = client.get("/api/v1/stories", {"limit": 100}).json()
    assert set(ids) <= {item["id"] for item in listed["items"]}
    found = client.get("/api/v1/search", {"q": stories[3].title}).json()
    assert stories[3].pk in {item["id"] for item in found["items"]}
