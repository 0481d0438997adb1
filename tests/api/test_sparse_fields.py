"""Sparse fieldsets: ``fields`` and ``renditions`` make light lists, declared in the
document, checked against the item schema, and cheaper to build."""

import gzip
import json

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

from cms.api import memo
from cms.api.problems import PROBLEM_CONTENT_TYPE
from cms.api.rendering import dumps
from cms.management.commands.export_openapi import openapi_document
from media_library.api import ImageList, ImageOut
from media_library.renditions import FORMATS, RENDITION_CHOICES, SIZES
from stories.api.schemas import StoryList, StorySummary
from stories.api.taxonomy import PersonList, PersonOut
from stories.models import StoryHero, SuccessStoryPage

from .conftest import get_json

pytestmark = pytest.mark.django_db

LISTS = [
    ("/api/v1/stories", StorySummary),
    ("/api/v1/images", ImageOut),
    ("/api/v1/people", PersonOut),
]


def queries_for(client, url) -> tuple[int, dict]:
    cache.clear()
    memo.forget()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return len(queries), response.json()


@pytest.mark.parametrize(("path", "schema"), LISTS)
def test_fields_keep_only_the_named_fields_with_the_same_values(client, demo_site, path, schema):
    _, full = get_json(client, path)
    wanted = [name for name in schema.model_fields if name != "id"][:2]
    response, light = get_json(client, f"{path}?fields={','.join(wanted)}")
    assert response.status_code == 200
    assert light["count"] == full["count"]
    assert light["items"]
    for whole, trimmed in zip(full["items"], light["items"], strict=True):
        assert set(trimmed) == {"id", *wanted}  # id is always sent
        assert trimmed == {name: whole[name] for name in trimmed}


@pytest.mark.parametrize(("path", "schema"), LISTS)
def test_an_unknown_field_is_a_problem_naming_the_valid_ones(client, demo_site, path, schema):
    response, problem = get_json(client, f"{path}?fields=title,nonsense")
    assert response.status_code == 400
    assert response["Content-Type"].startswith(PROBLEM_CONTENT_TYPE)
    assert problem["invalid_params"][0]["name"] == "fields"
    assert "nonsense" in problem["detail"]
    assert problem["valid_values"] == list(schema.model_fields)


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        ("card", {f"card.{image_format}" for image_format in FORMATS}),
        ("card.webp,thumbnail.jpeg", {"card.webp", "thumbnail.jpeg"}),
        ("", set()),
    ],
)
def test_renditions_keep_only_the_named_presets(client, demo_site, selection, expected):
    _, full = get_json(client, "/api/v1/stories?fields=hero_image")
    _, light = get_json(client, f"/api/v1/stories?fields=hero_image&renditions={selection}")
    for whole, trimmed in zip(full["items"], light["items"], strict=True):
        if whole["hero_image"] is None:
            continue
        kept = trimmed["hero_image"]["renditions"]
        assert set(kept) == expected & set(whole["hero_image"]["renditions"])
        assert kept == {key: whole["hero_image"]["renditions"][key] for key in kept}
        others = {"renditions", "srcset"}
        assert {k: v for k, v in trimmed["hero_image"].items() if k not in others} == {
            k: v for k, v in whole["hero_image"].items() if k not in others
        }


@pytest.mark.parametrize("path", ["/api/v1/images", "/api/v1/people"])
def test_renditions_apply_to_the_image_and_people_lists(client, demo_site, path):
    photo = get_image_model().objects.filter(collection__name="Demo photos").first()
    StoryHero.objects.first().person.__class__.objects.update(photo=photo)
    _, data = get_json(client, f"{path}?renditions=thumbnail.webp")
    images = [item if path.endswith("images") else item["photo"] for item in data["items"]]
    images = [image for image in images if image]
    assert images
    assert all(set(image["renditions"]) <= {"thumbnail.webp"} for image in images)
    assert any(image["renditions"] for image in images)


def test_an_unknown_rendition_is_a_problem_naming_the_valid_ones(client, demo_site):
    response, problem = get_json(client, "/api/v1/stories?renditions=card,poster.gif")
    assert response.status_code == 400
    assert problem["invalid_params"][0]["name"] == "renditions"
    assert "poster.gif" in problem["detail"]
    assert problem["valid_values"] == list(RENDITION_CHOICES)
    assert set(SIZES) <= set(problem["valid_values"])


@pytest.mark.parametrize(("path", "schema"), LISTS)
def test_the_document_declares_both_parameters_with_their_valid_values(path, schema):
    document = json.loads(openapi_document())
    parameters = {p["name"]: p for p in document["paths"][path]["get"]["parameters"]}
    assert parameters["fields"]["in"] == "query"
    assert parameters["fields"]["description"].endswith(
        "Valid values: " + ", ".join(schema.model_fields) + "."
    )
    assert ", ".join(RENDITION_CHOICES) in parameters["renditions"]["description"]


@pytest.mark.parametrize(
    ("path", "schema"),
    [
        ("/api/v1/stories", StoryList),
        ("/api/v1/images", ImageList),
        ("/api/v1/people", PersonList),
    ],
)
def test_full_lists_are_exactly_their_declared_schema(client, demo_site, path, schema):
    """These lists are sent without ninja's output validation: hold them to the schema."""
    response = client.get(f"{path}?limit=50&locale=ru")
    data = response.json()
    assert data["items"]
    assert json.loads(dumps(schema.model_validate(data).model_dump())) == data


def test_a_light_list_is_smaller_and_costs_fewer_queries_whatever_its_length(client, ky_index):
    photo = get_image_model().objects.filter(collection__name="Demo photos").first()
    person = StoryHero.objects.first().person
    for number in range(30):
        story = SuccessStoryPage(
            title=f"Жеңил тизме {number}",
            slug=f"жеңил-тизме-{number}",
            standfirst="Кыска.",
            hero_image=photo,
            body=[{"type": "text", "value": "<p>Текст.</p>"}],
        )
        story.hero_links = [StoryHero(person=person)]
        ky_index.add_child(instance=story)
        story.save_revision().publish()

    light = "fields=id,title,hero_image&renditions=card.webp"
    full_count, full = queries_for(client, "/api/v1/stories?limit=30")
    small_count, _ = queries_for(client, f"/api/v1/stories?limit=5&{light}")
    large_count, large = queries_for(client, f"/api/v1/stories?limit=30&{light}")
    assert small_count == large_count
    # The list, the version, the private collections: and for a light list no heroes,
    # sectors, themes, contributions, goals or translations.
    assert large_count <= full_count - 6
    assert all(set(item) == {"id", "title", "hero_image"} for item in large["items"])
    full_size = len(gzip.compress(dumps(full)))
    light_size = len(gzip.compress(dumps(large)))
    assert light_size * 2 < full_size
