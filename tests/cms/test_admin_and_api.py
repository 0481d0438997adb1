import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_admin_login_page_answers(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert b'name="username"' in response.content


def test_ensure_admin_creates_once_and_keeps_a_changed_password(client, capsys):
    call_command("ensure_admin")
    assert "as admin / mekendesh-demo" in capsys.readouterr().out
    user = get_user_model().objects.get(username="admin")
    user.set_password("changed-in-the-admin")
    user.save()
    call_command("ensure_admin")
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert client.login(username="admin", password="changed-in-the-admin")
    assert client.get("/admin/").status_code == 200


def test_content_api_lists_the_content_locales(client):
    response = client.get("/api/v1/locales")
    assert response.status_code == 200
    assert response.json() == [
        {"code": "ky", "name": "Кыргызча", "is_default": True},
        {"code": "ru", "name": "Русский", "is_default": False},
        {"code": "en", "name": "English", "is_default": False},
    ]


def test_openapi_document_is_served(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response.json()["openapi"].startswith("3.1")
