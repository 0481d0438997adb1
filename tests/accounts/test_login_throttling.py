"""Failed sign-ins to the admin lock out the account and the address (django-axes)."""

import pytest
from axes.models import AccessAttempt

from django.core.management import call_command
from django.test import override_settings

from .factories import PASSWORD, UserFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("throttling"),
]
LOGIN = "/admin/login/"


@pytest.fixture
def throttling():
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3):
        yield


def sign_in(client, username, password, address="198.51.100.7", **headers):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )


def fail_three_times(client, username, address="198.51.100.7"):
    for _ in range(3):
        sign_in(client, username, "wrong-password", address)


def test_the_right_password_is_refused_after_repeated_failures(client):
    user = UserFactory(groups=["Content managers"])
    fail_three_times(client, user.username)
    response = sign_in(client, user.username, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_locked_out_sign_in_shows_the_login_page_with_the_reason(client):
    user = UserFactory()
    fail_three_times(client, user.username)
    response = sign_in(client, user.username, PASSWORD, HTTP_ACCEPT_LANGUAGE="en")
    assert b'name="username"' in response.content
    assert b"Too many failed sign-in attempts" in response.content
    assert b"Try again in 30 minutes" in response.content


def test_the_lockout_message_is_translated(client):
    user = UserFactory()
    fail_three_times(client, user.username)
    russian = sign_in(client, user.username, PASSWORD, HTTP_ACCEPT_LANGUAGE="ru")
    assert "Слишком много неудачных попыток входа" in russian.content.decode()


def test_another_account_from_the_same_address_is_refused(client):
    attacked, colleague = UserFactory(), UserFactory(groups=["Content managers"])
    fail_three_times(client, attacked.username)
    assert sign_in(client, colleague.username, PASSWORD).status_code == 429


def test_the_account_stays_locked_from_another_address(client):
    user = UserFactory()
    fail_three_times(client, user.username, address="198.51.100.7")
    assert sign_in(client, user.username, PASSWORD, address="203.0.113.9").status_code == 429


def test_others_sign_in_from_elsewhere(client):
    attacked, colleague = UserFactory(), UserFactory(groups=["Content managers"])
    fail_three_times(client, attacked.username, address="198.51.100.7")
    response = sign_in(client, colleague.username, PASSWORD, address="203.0.113.9")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_failures_below_the_limit_do_not_lock(client):
    user = UserFactory(groups=["Content managers"])
    for _ in range(2):
        sign_in(client, user.username, "wrong-password")
    assert sign_in(client, user.username, PASSWORD).status_code == 302


def test_an_administrator_unlocks_the_account_and_the_address(client):
    user = UserFactory(groups=["Content managers"])
    fail_three_times(client, user.username)
    call_command("axes_reset_username", user.username)
    call_command("axes_reset_ip", "198.51.100.7")
    assert sign_in(client, user.username, PASSWORD).status_code == 302


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_forwarded_address_is_throttled(client):
    attacked, colleague = UserFactory(), UserFactory(groups=["Content managers"])
    for _ in range(3):
        sign_in(
            client,
            attacked.username,
            "wrong-password",
            address="10.0.0.2",
            HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.7",
        )
    # The same proxy, another client: not locked out by the attacker's address.
    response = sign_in(
        client,
        colleague.username,
        PASSWORD,
        address="10.0.0.2",
        HTTP_X_FORWARDED_FOR="203.0.113.9",
    )
    assert response.status_code == 302
    # A spoofed left-most entry does not escape the lockout of the real address.
    spoofed = sign_in(
        client,
        colleague.username,
        PASSWORD,
        address="10.0.0.2",
        HTTP_X_FORWARDED_FOR="192.0.2.99, 198.51.100.7",
    )
    assert spoofed.status_code == 429


def test_signing_in_to_another_account_does_not_clear_the_failures(client):
    attacked, insider = UserFactory(), UserFactory(groups=["Content managers"])
    for _ in range(2):
        sign_in(client, attacked.username, "wrong-password")
    assert sign_in(client, insider.username, PASSWORD).status_code == 302
    client.logout()
    sign_in(client, attacked.username, "wrong-password")
    assert sign_in(client, attacked.username, PASSWORD).status_code == 429


def test_an_administrator_unlocks_in_the_admin(client):
    user = UserFactory(groups=["Content managers"])
    fail_three_times(client, user.username)
    admin = UserFactory(username="unlocker", is_superuser=True)
    client.force_login(admin)
    listing = client.get("/admin/failed_sign_ins/")
    assert user.username in listing.content.decode()
    attempts = AccessAttempt.objects.filter(username=user.username)
    assert attempts.count() == 1
    assert client.get(f"/admin/failed_sign_ins/edit/{attempts.get().pk}/").status_code == 302
    response = client.post(f"/admin/failed_sign_ins/delete/{attempts.get().pk}/")
    assert response.status_code == 302
    assert not attempts.exists()
    client.logout()
    assert sign_in(client, user.username, PASSWORD, address="203.0.113.9").status_code == 302
