"""Content-Security-Policy on the admin, previews and pages; none on the API."""

import pytest

from django.contrib.auth import get_user_model

from tests.stories.factories import SuccessStoryPageFactory

pytestmark = pytest.mark.django_db


def directives(response):
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("csp-admin", password="x"))
    return client


def test_the_login_page_has_a_policy(client):
    policy = directives(client.get("/admin/login/"))
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]


def test_admin_screens_allow_wagtails_inline_scripts_only(admin_client):
    policy = directives(admin_client.get("/admin/"))
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["connect-src"] == ["'self'"]


def test_previews_keep_the_strict_script_policy(admin_client, demo_site):
    story = demo_site.add_child(instance=SuccessStoryPageFactory.build(slug="csp-story"))
    response = admin_client.get(f"/admin/pages/{story.pk}/edit/preview/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert "https://www.youtube-nocookie.com" in policy["frame-src"]


def test_page_routes_have_the_strict_policy(client, demo_site):
    response = client.get(demo_site.url)
    assert response.status_code == 200
    assert directives(response)["script-src"] == ["'self'"]


def test_the_api_sends_no_policy(client):
    assert "Content-Security-Policy" not in client.get("/api/v1/locales")
    assert "Content-Security-Policy" not in client.get("/api/v1/docs")
