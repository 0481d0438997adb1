"""HTTP under /api/: every error a problem document, canonical paths, compression,
conditional requests, cache headers on both APIs, and the preview's revision."""

import gzip
import json

import pytest

from django.core.cache import cache
from django.utils.http import http_date

from cms.api.content_version import content_version
from cms.api.http import response_cache_key
from cms.api.preview_tokens import make_token
from media_library.enums import ReleaseStatus
from tests.stories.factories import ImageFactory

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/v1/nothing-here", 404),
        ("/api/nothing-here", 404),
        ("/api/v1/stories/999999999", 404),
        ("/api/v2/pages/999999/", 404),
        ("/api/v2/pages/?colour=red", 400),
        ("/api/v2/pages/?search=a&search_operator=xor", 400),
        ("/api/v2/images/?search_operator=xor&search=a", 400),
    ],
)
def test_every_error_under_api_is_a_problem_document(client, demo_site, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert response["Content-Type"] == PROBLEM
    data = response.json()
    assert data["status"] == status
    assert data["title"]
    assert data["detail"]


def test_a_wrong_method_is_a_problem_that_names_the_allowed_ones(client, demo_site):
    response = client.post("/api/v1/stories", {})
    assert response.status_code == 405
    assert response["Content-Type"] == PROBLEM
    assert "GET" in response["Allow"]


@pytest.mark.parametrize(
    "url",
    ["/api/v2/images/?search=%22", "/api/v2/pages/?search=%22", "/api/v2/documents/?search=%22"],
)
def test_search_syntax_in_v2_is_never_a_server_error(client, demo_site, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_v2_search_finds_published_stories(client, demo_site):
    response = client.get("/api/v2/pages/?search=Түркия&type=stories.SuccessStoryPage")
    assert response.status_code == 200, response.content[:300]
    assert response.json()["meta"]["total_count"] >= 1


@pytest.mark.parametrize(
    "url", ["/api/v1/stories/", "/api/v1/locales/", "/api/v1/stories/by-slug/abc/"]
)
def test_a_trailing_slash_redirects_to_the_canonical_path(client, demo_site, url):
    response = client.get(url + "?locale=ru")
    assert response.status_code == 308
    assert response["Location"] == url.rstrip("/") + "?locale=ru"


def test_wagtail_v2_answers_with_cache_headers(client, demo_site):
    response = client.get("/api/v2/pages/?type=stories.SuccessStoryPage")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert "max-age=" in response["Cache-Control"]
    assert "Accept-Language" in response["Vary"]


# Compression


def test_lists_are_gzipped_for_clients_that_accept_it(client, demo_site):
    plain = client.get("/api/v1/stories?locale=ru")
    zipped = client.get("/api/v1/stories?locale=ru", HTTP_ACCEPT_ENCODING="gzip, br")

    assert "Content-Encoding" not in plain
    assert zipped["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(zipped.content)) == plain.json()
    assert len(zipped.content) * 3 < len(plain.content)
    assert zipped["ETag"] != plain["ETag"]
    assert "Accept-Encoding" in zipped["Vary"]
    assert "Accept-Encoding" in plain["Vary"]


def test_the_response_cache_keeps_the_compressed_body(client, demo_site):
    plain = client.get("/api/v1/stories?locale=en")
    key = response_cache_key(content_version().token, "en", "/api/v1/stories?locale=en")

    encoding, body, _tag, headers = cache.get(key)

    assert encoding == "gzip"
    assert json.loads(gzip.decompress(body)) == plain.json()
    assert headers == {"Content-Type": "application/json; charset=utf-8"}


def test_not_modified_per_encoding(client, demo_site):
    zipped = client.get("/api/v1/stories", HTTP_ACCEPT_ENCODING="gzip")
    again = client.get(
        "/api/v1/stories", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=zipped["ETag"]
    )
    assert again.status_code == 304
    assert again["ETag"] == zipped["ETag"]
    other_encoding = client.get("/api/v1/stories", HTTP_IF_NONE_MATCH=zipped["ETag"])
    assert other_encoding.status_code == 200


# Conditional requests


def test_if_modified_since_answers_304(client, demo_site):
    first = client.get("/api/v1/themes")
    again = client.get("/api/v1/themes", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304
    older = client.get("/api/v1/themes", HTTP_IF_MODIFIED_SINCE=http_date(0))
    assert older.status_code == 200


def test_if_none_match_wins_over_if_modified_since(client, demo_site):
    first = client.get("/api/v1/themes")
    response = client.get(
        "/api/v1/themes",
        HTTP_IF_MODIFIED_SINCE=first["Last-Modified"],
        HTTP_IF_NONE_MATCH='"another-version"',
    )
    assert response.status_code == 200


# Preview


@pytest.fixture
def editor_token(turkey_story):
    turkey_story.title = "Биринчи драфт"
    turkey_story.save_revision()
    return make_token(turkey_story)


def test_a_preview_token_shows_the_revision_it_was_made_for(client, turkey_story, editor_token):
    turkey_story.title = "Экинчи драфт"
    turkey_story.save_revision()

    data = client.get(f"/api/v1/preview?token={editor_token}").json()

    assert data["title"] == "Биринчи драфт"


def test_a_preview_never_shows_a_photo_that_may_not_be_public(client, turkey_story):
    photo = ImageFactory(release_status=ReleaseStatus.PENDING)
    turkey_story.hero_image = photo
    turkey_story.save_revision()

    data = client.get(f"/api/v1/preview?token={make_token(turkey_story)}").json()

    assert data["hero_image"] is None
