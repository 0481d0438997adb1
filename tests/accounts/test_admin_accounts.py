"""The administrator account, sessions and the sign-in settings read from the environment."""

from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from tests.cms.settings_probe import load_settings, run

PRODUCTION = "cms.settings.production"
PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 64 + "-production-secret-for-the-check",
    "ALLOWED_HOSTS": "cms.migrant.kg",
    "DATABASE_URL": "sqlite:///:memory:",
}
SIGN_IN_SETTINGS = [
    "SESSION_COOKIE_AGE",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SECURE",
    "AXES_FAILURE_LIMIT",
    "AXES_COOLOFF_TIME",
    "TRUSTED_PROXY_COUNT",
    "ADMIN_2FA_REQUIRED_GROUPS",
    "MAX_REQUEST_BODY_SIZE",
    "MAX_ANONYMOUS_REQUEST_BODY_SIZE",
    "ALLOW_DEMO_ADMIN_PASSWORD",
]


def test_production_sign_in_defaults():
    values = load_settings(PRODUCTION, PRODUCTION_ENV, SIGN_IN_SETTINGS)
    assert values["SESSION_COOKIE_AGE"] == 10 * 60 * 60
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["AXES_FAILURE_LIMIT"] == 5
    assert values["AXES_COOLOFF_TIME"] == str(timedelta(minutes=30))
    assert values["ADMIN_2FA_REQUIRED_GROUPS"] == []
    assert values["MAX_REQUEST_BODY_SIZE"] == 21 * 1024 * 1024
    assert values["MAX_ANONYMOUS_REQUEST_BODY_SIZE"] == 64 * 1024
    assert values["ALLOW_DEMO_ADMIN_PASSWORD"] is False


def test_sign_in_settings_come_from_the_environment():
    env = {
        **PRODUCTION_ENV,
        "SESSION_COOKIE_AGE": "3600",
        "LOGIN_FAILURE_LIMIT": "8",
        "LOGIN_LOCKOUT_MINUTES": "15",
        "TRUSTED_PROXY_COUNT": "1",
        "ADMIN_2FA_REQUIRED_GROUPS": "Coordinating editors, Translators",
        "MAX_REQUEST_BODY_SIZE": "30000000",
    }
    values = load_settings(PRODUCTION, env, SIGN_IN_SETTINGS)
    assert values["SESSION_COOKIE_AGE"] == 3600
    assert values["AXES_FAILURE_LIMIT"] == 8
    assert values["AXES_COOLOFF_TIME"] == str(timedelta(minutes=15))
    assert values["TRUSTED_PROXY_COUNT"] == 1
    assert values["ADMIN_2FA_REQUIRED_GROUPS"] == ["Coordinating editors", "Translators"]
    assert values["MAX_REQUEST_BODY_SIZE"] == 30_000_000


def test_ensure_admin_refuses_the_demo_password_in_production():
    result = run(["manage.py", "ensure_admin"], PRODUCTION, PRODUCTION_ENV)
    assert result.returncode == 1
    assert "demo password is for local development only" in result.stderr


@pytest.mark.django_db
@override_settings(ALLOW_DEMO_ADMIN_PASSWORD=False)
@pytest.mark.parametrize(
    ("password", "message"),
    [("mekendesh-demo", "demo password"), ("123", "too weak")],
)
def test_ensure_admin_refuses_weak_passwords_outside_dev(monkeypatch, password, message):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "chief")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", password)
    with pytest.raises(CommandError, match=message):
        call_command("ensure_admin")
    assert not get_user_model().objects.filter(username="chief").exists()


@pytest.mark.django_db
@override_settings(ALLOW_DEMO_ADMIN_PASSWORD=False)
def test_ensure_admin_accepts_a_strong_password_outside_dev(monkeypatch, client):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "chief")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "correct horse battery staple 7")
    call_command("ensure_admin")
    assert get_user_model().objects.get(username="chief").is_superuser


@pytest.mark.django_db
def test_admin_sessions_end_after_hours_not_weeks(client):
    user = get_user_model().objects.create_superuser("sessions", password="pw-sessions-1")
    client.post(
        "/admin/login/", {"username": user.username, "password": "pw-sessions-1", "remember": "on"}
    )
    assert client.session.get_expiry_age() == 10 * 60 * 60
    cookie = client.cookies["sessionid"]
    assert cookie["max-age"] == 10 * 60 * 60
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"


@pytest.mark.django_db
def test_without_remember_me_the_session_ends_with_the_browser(client):
    user = get_user_model().objects.create_superuser("sessions", password="pw-sessions-1")
    client.post("/admin/login/", {"username": user.username, "password": "pw-sessions-1"})
    assert client.session.get_expire_at_browser_close()


def test_the_policy_allows_media_from_the_bucket_or_cdn():
    names = ["CONTENT_SECURITY_POLICY"]
    cdn = load_settings(
        PRODUCTION,
        {**PRODUCTION_ENV, "AWS_STORAGE_BUCKET_NAME": "media", "AWS_S3_CUSTOM_DOMAIN": "cdn.kg"},
        names,
    )
    assert "https://cdn.kg" in cdn["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    bucket = load_settings(
        PRODUCTION,
        {
            **PRODUCTION_ENV,
            "AWS_STORAGE_BUCKET_NAME": "media",
            "AWS_S3_ENDPOINT_URL": "https://s3.kg/",
        },
        names,
    )
    assert "https://s3.kg" in bucket["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
