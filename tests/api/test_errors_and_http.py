"""Bad input gets a 4xx problem document; good input gets cacheable HTTP."""

import pytest

from django.utils.http import parse_http_date

from wagtail.models import Locale

from .conftest import get_json

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/v1/stories?limit=-1", "limit"),
        ("/api/v1/stories?limit=10000", "limit"),
        ("/api/v1/stories?limit=abc", "limit"),
        ("/api/v1/stories?offset=-5", "offset"),
        ("/api/v1/stories?locale=xx", "locale"),
        ("/api/v1/stories?place=abc", "place"),
        ("/api/v1/stories?country=XYZ", "country"),
        ("/api/v1/stories?country=ZZ", "country"),
        ("/api/v1/stories?sector=nonexistent", "sector"),
        ("/api/v1/stories?contribution=gold", "contribution"),
        ("/api/v1/stories?theme=999999", "theme"),
        ("/api/v1/stories?hero=999999", "hero"),
        ("/api/v1/stories?sdg=18", "sdg"),
        ("/api/v1/stories?published_from=yesterday", "published_from"),
        ("/api/v1/stories?published_from=2022-01-01&published_to=2021-01-01", "published_to"),
        ("/api/v1/stories?order=random", "order"),
        ("/api/v1/stories?colour=red", "colour"),
        ("/api/v1/stories/1?limit=3", "limit"),
        ("/api/v1/search?q=" + "ө" * 5000, "q"),
        ("/api/v1/search?q=", "q"),
        ("/api/v1/search", "q"),
        ("/api/v1/themes?locale=de", "locale"),
        ("/api/v1/people?limit=0", "limit"),
    ],
)
def test_bad_parameters_are_400_problems_naming_the_parameter(client, demo_site, url, param):
    response, data = get_json(client, url)
    assert response.status_code == 400, data
    assert response["Content-Type"] == "application/problem+json"
    assert data["status"] == 400
    assert data["title"]
    assert data["detail"]
    assert param in [item["name"] for item in data["invalid_params"]]


def test_unknown_locale_lists_the_valid_ones(client, demo_site):
    _, data = get_json(client, "/api/v1/stories?locale=xx")
    assert data["valid_locales"] == ["ky", "ru", "en"]
    assert "ky, ru, en" in data["detail"]


def test_etag_and_not_modified(client, demo_site):
    response = client.get("/api/v1/stories?locale=ru")
    etag = response["ETag"]
    assert etag.startswith('"')
    assert response["Last-Modified"]
    assert "public" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]
    assert "stale-while-revalidate=300" in response["Cache-Control"]
    again = client.get("/api/v1/stories?locale=ru", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag
    assert not again.content
    other = client.get("/api/v1/stories?locale=en", HTTP_IF_NONE_MATCH=etag)
    assert other.status_code == 200


def test_detail_etag(client, turkey_story):
    response = client.get(f"/api/v1/stories/{turkey_story.pk}")
    assert (
        client.get(
            f"/api/v1/stories/{turkey_story.pk}", HTTP_IF_NONE_MATCH=response["ETag"]
        ).status_code
        == 304
    )


def test_cached_response_is_invalidated_on_publish_unpublish_and_delete(client, turkey_story):
    url = "/api/v1/stories?limit=100"

    def served():
        items = client.get(url).json()["items"]
        return {item["id"]: item for item in items}

    assert served()[turkey_story.pk]["title"] == turkey_story.title

    turkey_story.title = "Жаңыланган аталыш"
    turkey_story.save_revision().publish()
    assert served()[turkey_story.pk]["title"] == "Жаңыланган аталыш"

    turkey_story.unpublish()
    ru = turkey_story.get_translation(Locale.objects.get(language_code="ru"))
    after_unpublish = served()
    assert turkey_story.pk not in after_unpublish
    assert after_unpublish[ru.pk]["is_fallback"] is True

    ru.delete()
    assert ru.pk not in served()


def test_cors_allowlist(client, demo_site, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://migrant.kg"]
    allowed = client.get("/api/v1/stories", HTTP_ORIGIN="https://migrant.kg")
    assert allowed["Access-Control-Allow-Origin"] == "https://migrant.kg"
    refused = client.get("/api/v1/stories", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in refused


def test_last_modified_moves_when_content_changes(client, turkey_story):
    before = parse_http_date(client.get("/api/v1/stories")["Last-Modified"])
    turkey_story.save_revision().publish()
    after = parse_http_date(client.get("/api/v1/stories")["Last-Modified"])
    assert after >= before


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/stories/99999999999999999999",
        "/api/v1/themes/99999999999999999999",
        "/api/v1/people/99999999999999999999",
        "/api/v1/images/99999999999999999999",
    ],
)
def test_huge_ids_are_not_found_not_errors(client, demo_site, url):
    response = client.get(url)
    assert response.status_code in (400, 404)
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/v1/images?offset=9223372036854775808", "offset"),
        ("/api/v1/stories?theme=99999999999999999999", "theme"),
        ("/api/v1/stories?place=batken&place=osh", "place"),
        ("/api/v1/locales?foo=1", "foo"),
    ],
)
def test_more_bad_parameters(client, demo_site, url, param):
    response, data = get_json(client, url)
    assert response.status_code == 400
    assert param in [item["name"] for item in data["invalid_params"]]


@pytest.mark.parametrize("query", ['"', "%00", "a%22b", "%E2%80%8F", "  "])
def test_search_survives_query_syntax_characters(client, demo_site, query):
    response = client.get(f"/api/v1/search?q={query}")
    assert response.status_code in (200, 400)
    assert response["Content-Type"].startswith(("application/json", "application/problem+json"))
