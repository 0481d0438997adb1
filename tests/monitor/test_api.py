"""The monitor endpoint follows the API's rules: languages, HTTP caching, errors, filters,
links to the stories behind each figure, a fixed query cost and the OpenAPI document."""

import json
from decimal import Decimal

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from cms.api import memo
from cms.management.commands.export_openapi import openapi_document
from monitor.schemas import ContributionMonitor
from stories.models import SuccessStoryPage

from .factories import story, world

pytestmark = pytest.mark.django_db

URL = "/api/v1/monitor/contributions"


@pytest.fixture
def table(no_demo_stories):
    return world()


@pytest.fixture
def english_a(table):
    """Story a translated into English, placed on the English village."""
    stories, place, _term = table
    en = Locale.objects.get(language_code="en")
    translated = stories["a"].copy_for_translation(en)
    translated.place = place["en-alpha-village"]
    translated.save_revision().publish()
    return SuccessStoryPage.objects.get(pk=translated.pk)


def get(client, url=URL, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:500]
    return response.json()


def test_the_answer_matches_its_schema(client, table):
    for group_by in ("region", "sector", "kind", "country", "year"):
        ContributionMonitor.model_validate(get(client, group_by=group_by))


def test_labels_and_stories_follow_the_language_and_totals_do_not(client, table, english_a):
    stories, _place, _term = table
    ky = get(client, group_by="region", locale="ky")
    en = get(client, group_by="region", locale="en")
    assert en["locale"] == "en"
    assert ky["totals"] | {"story_ids": None, "stories_url": None} == en["totals"] | {
        "story_ids": None,
        "stories_url": None,
    }
    alpha, beta, _unknown = en["groups"]
    assert alpha["label"] == "Alpha region"
    assert alpha["districts"][0]["label"] == "Alpha district"
    # Beta has no English name: its Kyrgyz one is served.
    assert beta["label"] == "Бета облусу"
    assert english_a.pk in alpha["story_ids"]
    assert stories["a"].pk not in alpha["story_ids"]
    assert stories["a"].pk in ky["groups"][0]["story_ids"]
    assert "locale=en" in alpha["stories_url"]
    # The Accept-Language header is read when locale is not given.
    header = client.get(URL, {"group_by": "region"}, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert header.json()["groups"][0]["label"] == "Alpha region"


def test_an_english_story_counts_with_its_own_published_figures(client, table, english_a):
    english_a.amount = Decimal("2000")
    english_a.save_revision().publish()
    en = get(client, locale="en")
    ky = get(client, locale="ky")
    usd = {line["currency"]: line for line in en["totals"]["amounts"]}["USD"]
    assert Decimal(usd["amount"]) == Decimal("2500")
    assert Decimal(usd["kgs_equivalent"]) == Decimal("175000")
    assert Decimal(
        {line["currency"]: line for line in ky["totals"]["amounts"]}["USD"]["amount"]
    ) == Decimal("1500")


def test_conditional_get_and_cache_headers(client, table):
    first = client.get(URL, {"group_by": "sector"})
    assert first.status_code == 200
    assert "public" in first["Cache-Control"]
    again = client.get(URL, {"group_by": "sector"}, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ({"group_by": "village"}, "group_by"),
        ({"limit": "5"}, "limit"),
        ({"place": "nowhere"}, "place"),
        ({"sector": "nothing"}, "sector"),
        ({"locale": "de"}, "locale"),
        ({"published_from": "2024-02-01", "published_to": "2024-01-01"}, "published_to"),
    ],
)
def test_bad_parameters_are_problem_documents(client, table, query, parameter):
    response = client.get(URL, query)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    names = [item["name"] for item in response.json().get("invalid_params", [])]
    assert any(parameter in name for name in names), response.json()


def test_the_story_list_filters_narrow_the_figures(client, table):
    stories, _place, _term = table
    water = get(client, group_by="region", sector="water")
    assert sorted(water["totals"]["story_ids"]) == sorted([stories["b"].pk, stories["c"].pk])
    assert [group["key"] for group in water["groups"]] == ["alpha"]
    assert "sector=water" in water["groups"][0]["stories_url"]
    district = get(client, group_by="year", place="alpha-district")
    assert sorted(district["totals"]["story_ids"]) == sorted([stories["a"].pk, stories["b"].pk])
    assert Decimal(district["totals"]["kgs_equivalent"]) == Decimal("137500")
    money = get(client, group_by="country", contribution="money", published_from="2024-01-01")
    assert money["totals"]["story_ids"] == [stories["c"].pk]


@pytest.mark.parametrize("group_by", ["region", "sector", "kind", "country", "year"])
def test_each_figure_links_to_the_story_list_of_its_stories(client, table, group_by):
    data = get(client, group_by=group_by, locale="ky")
    listed = get(client, data["totals"]["stories_url"])
    assert sorted(item["id"] for item in listed["items"]) == sorted(data["totals"]["story_ids"])
    for group in data["groups"]:
        for item in [group, *(group["districts"] or [])]:
            if item["key"] is None:
                assert item["stories_url"] is None
                continue
            listed = get(client, item["stories_url"])
            assert sorted(i["id"] for i in listed["items"]) == sorted(item["story_ids"]), item


def test_the_query_count_does_not_grow_with_the_stories(client, table):
    stories, place, term = table
    index = stories["a"].get_parent()

    def count() -> int:
        cache.clear()
        memo.forget()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL, {"group_by": "sector", "locale": "en"})
        assert response.status_code == 200
        return len(queries)

    few = count()
    for number in range(12):
        story(
            index,
            slug=f"more-{number}",
            place=place["beta-village"],
            sectors=[term["schools"], term["water"]],
            kinds=["money", "skills"],
            amount=Decimal(100 + number),
            currency="EUR",
        )
    many = count()
    assert few == many
    # Six for the monitor (stories, sectors, kinds, winners, labels, and the locale ids),
    # one for the content version and three for the hidden branches of the page tree.
    assert many == 10


def test_the_monitor_is_in_the_openapi_document():
    document = json.loads(openapi_document())
    operation = document["paths"]["/api/v1/monitor/contributions"]["get"]
    query = {p["name"] for p in operation["parameters"] if p["in"] == "query"}
    story_list = document["paths"]["/api/v1/stories"]["get"]
    list_query = {p["name"] for p in story_list["parameters"] if p["in"] == "query"}
    assert query == (list_query - {"limit", "offset", "order", "fields", "renditions"}) | {
        "group_by"
    }
    assert set(operation["responses"]) == {"200", "304", "400"}
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ContributionMonitor"}
