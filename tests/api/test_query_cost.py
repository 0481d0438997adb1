"""Fixed query cost: the page size and the body length do not change the number of queries."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

from campaigns.models import CampaignThemePage
from cms.api import memo
from stories.models import (
    Person,
    Sector,
    StoryHero,
    StorySector,
    StoryTheme,
    SuccessStoryPage,
)

pytestmark = pytest.mark.django_db


def count_queries(client, url) -> tuple[int, dict]:
    cache.clear()
    memo.forget()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return len(queries), response.json()


@pytest.fixture
def many_stories(ky_index):
    photo = get_image_model().objects.filter(collection__name="Demo photos").first()
    person = Person.objects.filter(locale=ky_index.locale).first()
    sector = Sector.objects.filter(locale=ky_index.locale).first()
    theme = CampaignThemePage.objects.filter(locale=ky_index.locale).first()
    body = [{"type": "text", "value": "<p>Жөнөкөй текст.</p>"}]
    for number in range(45):
        story = SuccessStoryPage(
            title=f"Кошумча окуя {number}",
            slug=f"кошумча-окуя-{number}",
            standfirst="Кыска.",
            hero_image=photo,
            body=body,
        )
        story.hero_links = [StoryHero(person=person)]
        story.sector_links = [StorySector(sector=sector)]
        story.theme_links = [StoryTheme(theme=theme)]
        ky_index.add_child(instance=story)
        story.save_revision().publish()


def test_story_list_costs_the_same_for_5_and_50_items(client, many_stories):
    small, small_data = count_queries(client, "/api/v1/stories?limit=5")
    large, large_data = count_queries(client, "/api/v1/stories?limit=50")
    assert len(small_data["items"]) == 5
    assert len(large_data["items"]) == 50
    assert all(
        item["hero_image"] and item["heroes"] and item["themes"] for item in large_data["items"]
    )
    assert small == large
    # 17 for the list itself, one for the content version (read once per request, from
    # the database so every process agrees) and one for the private collections.
    assert large <= 19


def test_story_list_in_a_fallback_language_costs_the_same(client, many_stories):
    ky, _ = count_queries(client, "/api/v1/stories?limit=50")
    en, data = count_queries(client, "/api/v1/stories?limit=50&locale=en")
    assert any(item["is_fallback"] for item in data["items"])
    assert en == ky


def _story_with_blocks(index, count: int) -> SuccessStoryPage:
    images = list(get_image_model().objects.filter(collection__name="Demo photos")[:4])
    body = []
    for number in range(count):
        body.append({"type": "text", "value": f"<p>Абзац {number}.</p>"})
        body.append(
            {
                "type": "image",
                "value": {"image": images[number % len(images)].pk, "caption": "", "alt_text": ""},
            }
        )
        body.append(
            {
                "type": "key_figures",
                "value": {"items": [{"number": "5", "unit": "", "label": "үй"}]},
            }
        )
    story = SuccessStoryPage(
        title=f"Блоктор {count}", slug=f"блоктор-{count}", standfirst="Блоктор.", body=body
    )
    index.add_child(instance=story)
    story.save_revision().publish()
    return story


def test_detail_cost_does_not_grow_with_the_number_of_blocks(client, ky_index):
    short = _story_with_blocks(ky_index, 1)
    long = _story_with_blocks(ky_index, 10)
    short_count, short_data = count_queries(client, f"/api/v1/stories/{short.pk}")
    assert len(short_data["body"]) == 3
    long_count, long_data = count_queries(client, f"/api/v1/stories/{long.pk}")
    assert len(long_data["body"]) == 30
    image_blocks = [block for block in long_data["body"] if block["type"] == "image"]
    assert all(isinstance(block["value"]["image"], dict) for block in image_blocks)
    assert short_count == long_count


def test_no_api_request_creates_a_rendition(client, turkey_story):
    rendition_model = get_image_model().get_rendition_model()
    before = rendition_model.objects.count()
    client.get("/api/v1/stories?limit=100&locale=ru")
    detail = client.get(f"/api/v1/stories/{turkey_story.pk}").json()
    client.get("/api/v1/people")
    assert rendition_model.objects.count() == before
    assert detail["hero_image"]["renditions"]
