"""Drafts reach a front-end only with a preview token from an editor who may edit the page."""

from urllib.parse import parse_qs, urlparse

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import signing
from django.urls import reverse

from cms.api.preview_tokens import SALT, make_token
from cms.editorial import CONTENT_MANAGERS, PHOTOGRAPHERS

pytestmark = pytest.mark.django_db


def user_in(group_name):
    user = get_user_model().objects.create_user(
        username=group_name.replace(" ", ""), password="pw"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def draft_change(turkey_story):
    turkey_story.title = "Жарыяланбаган аталыш"
    turkey_story.save_revision()
    return turkey_story


def test_editor_gets_a_frontend_preview_link_and_the_draft_through_it(client, draft_change):
    client.force_login(user_in(CONTENT_MANAGERS))
    response = client.get(reverse("mekendesh_frontend_preview", args=(draft_change.pk,)))
    assert response.status_code == 302
    link = urlparse(response["Location"])
    assert f"{link.scheme}://{link.netloc}{link.path}" == "https://portal.example/preview"
    query = parse_qs(link.query)
    assert query["type"] == ["stories.SuccessStoryPage"]
    assert query["locale"] == ["ky"]

    client.logout()
    preview = client.get(f"/api/v1/preview?token={query['token'][0]}")
    assert preview.status_code == 200
    assert preview.json()["title"] == "Жарыяланбаган аталыш"
    assert "no-store" in preview["Cache-Control"]
    public = client.get(f"/api/v1/stories/{draft_change.pk}").json()
    assert public["title"] != "Жарыяланбаган аталыш"


def test_users_who_cannot_edit_get_no_preview_link(client, draft_change):
    client.force_login(user_in(PHOTOGRAPHERS))
    response = client.get(reverse("mekendesh_frontend_preview", args=(draft_change.pk,)))
    assert response.status_code in (302, 403)
    assert "token=" not in response.get("Location", "")


@pytest.mark.parametrize("token", ["not-a-token-at-all", "x" * 50])
def test_bad_tokens_are_refused(client, draft_change, token):
    response = client.get(f"/api/v1/preview?token={token}")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["invalid_params"][0]["name"] == "token"


def test_expired_token_is_refused(client, draft_change, settings):
    token = make_token(draft_change)
    settings.PREVIEW_TOKEN_MAX_AGE = -1
    assert client.get(f"/api/v1/preview?token={token}").status_code == 401


def test_token_for_another_page_cannot_be_forged(client, draft_change):
    forged = signing.dumps({"page": draft_change.pk}, salt="another-salt")
    assert client.get(f"/api/v1/preview?token={forged}").status_code == 401
    assert signing.loads(make_token(draft_change), salt=SALT) == {
        "page": draft_change.pk,
        "revision": draft_change.latest_revision_id,
    }


def test_preview_without_token_is_a_400(client, demo_site):
    response = client.get("/api/v1/preview")
    assert response.status_code == 400
