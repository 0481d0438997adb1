"""Two-factor sign-in (TOTP): required for the configured groups, optional for others."""

import time

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.core.management import call_command
from django.test import override_settings

from .authenticator import current_code
from .factories import TOTPDeviceFactory, UserFactory

pytestmark = pytest.mark.django_db
REQUIRED_FOR_COORDINATORS = override_settings(ADMIN_2FA_REQUIRED_GROUPS=["Coordinating editors"])
SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/verify/"
# django-otp waits 2**(n-1) seconds after the n-th wrong code before checking another.
THROTTLE_AFTER_ONE_WRONG_CODE = 1.1
TURN_OFF_BUTTON = b'<button type="submit" class="button no">'


@pytest.fixture
def coordinator():
    return UserFactory(groups=["Coordinating editors"])


@REQUIRED_FOR_COORDINATORS
def test_a_coordinator_without_a_device_is_sent_to_set_one_up(client, coordinator):
    client.force_login(coordinator)
    for url in ("/admin/", "/admin/pages/", "/admin/documents/", "/documents/1/consent.pdf"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(SETUP + "?next=")


@REQUIRED_FOR_COORDINATORS
def test_setting_up_a_device_opens_the_admin(client, coordinator):
    client.force_login(coordinator)
    page = client.get(SETUP, {"next": "/admin/pages/"})
    assert page.status_code == 200
    assert b"<svg" in page.content
    device = TOTPDevice.objects.get(user=coordinator, confirmed=False)

    wrong = client.post(SETUP, {"otp_token": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert "otp_token" in wrong.context["form"].errors
    assert client.get("/admin/").status_code == 302

    time.sleep(THROTTLE_AFTER_ONE_WRONG_CODE)
    done = client.post(SETUP, {"otp_token": current_code(device), "next": "/admin/pages/"})
    assert done.status_code == 302
    assert done["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


@REQUIRED_FOR_COORDINATORS
def test_a_coordinator_with_a_device_enters_a_code_at_each_sign_in(client, coordinator):
    device = TOTPDeviceFactory(user=coordinator)
    client.force_login(coordinator)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY + "?next=")

    assert client.post(VERIFY, {"otp_token": "123456", "next": "/admin/"}).status_code == 200
    assert client.get("/admin/").status_code == 302

    # Right after a wrong code even the right one is refused for a moment.
    assert client.post(VERIFY, {"otp_token": current_code(device)}).status_code == 200
    time.sleep(THROTTLE_AFTER_ONE_WRONG_CODE)
    response = client.post(VERIFY, {"otp_token": current_code(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


@REQUIRED_FOR_COORDINATORS
def test_a_password_alone_cannot_replace_the_device(client, coordinator):
    TOTPDeviceFactory(user=coordinator)
    client.force_login(coordinator)
    response = client.get(SETUP)
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    assert not TOTPDevice.objects.filter(user=coordinator, confirmed=False).exists()
    response = client.post("/admin/two-factor/", {})
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=coordinator).count() == 1


@REQUIRED_FOR_COORDINATORS
def test_others_are_not_asked_when_only_coordinators_must(client):
    client.force_login(UserFactory(groups=["Content managers"]))
    assert client.get("/admin/").status_code == 200


def test_nobody_is_asked_when_nothing_is_required(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/admin/").status_code == 200


def test_anyone_who_turned_it_on_must_use_it(client):
    user = UserFactory(groups=["Content managers"])
    device = TOTPDeviceFactory(user=user)
    client.force_login(user)
    assert client.get("/admin/").status_code == 302
    client.post(VERIFY, {"otp_token": current_code(device), "next": "/admin/"})
    assert client.get("/admin/").status_code == 200

    assert TURN_OFF_BUTTON in client.get("/admin/two-factor/").content
    client.post("/admin/two-factor/", {})
    assert not TOTPDevice.objects.filter(user=user).exists()


@REQUIRED_FOR_COORDINATORS
def test_a_coordinator_cannot_turn_it_off(client, coordinator):
    device = TOTPDeviceFactory(user=coordinator)
    client.force_login(coordinator)
    client.post(VERIFY, {"otp_token": current_code(device), "next": "/admin/"})
    page = client.get("/admin/two-factor/")
    assert page.status_code == 200
    assert TURN_OFF_BUTTON not in page.content
    client.post("/admin/two-factor/", {})
    assert TOTPDevice.objects.filter(user=coordinator).exists()


@REQUIRED_FOR_COORDINATORS
def test_the_sign_in_screens_need_a_signed_in_user(client):
    for url in (SETUP, VERIFY):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_an_administrator_resets_a_lost_device(coordinator, capsys):
    TOTPDeviceFactory(user=coordinator)
    call_command("reset_two_factor", coordinator.username)
    assert not TOTPDevice.objects.filter(user=coordinator).exists()
    call_command("reset_two_factor", coordinator.username)
    assert "has no two-factor device" in capsys.readouterr().out


def test_the_account_page_links_to_two_factor(client):
    client.force_login(UserFactory(groups=["Content managers"]))
    assert b"/admin/two-factor/" in client.get("/admin/account/").content


@REQUIRED_FOR_COORDINATORS
def test_superusers_must_use_it_when_any_group_must(client):
    client.force_login(UserFactory(is_superuser=True))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)
