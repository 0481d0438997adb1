"""Where a webhook may go: https only, public addresses only, checked at save and at
send time, and the connection made to the address that was checked."""

import pytest

from django.core.exceptions import ValidationError

from webhooks import addresses, transport
from webhooks.models import Attempt, Delivery

from .test_delivery import deliver_now

pytestmark = pytest.mark.usefixtures("english")

REFUSED = [
    "127.0.0.1",
    "127.8.9.10",
    "::1",
    "10.1.2.3",
    "172.16.0.5",
    "192.168.1.1",
    "169.254.169.254",  # cloud metadata (AWS, GCP, Azure)
    "169.254.1.1",
    "fe80::1",
    "fd00:ec2::254",  # AWS metadata over IPv6
    "fc00::5",
    "100.64.0.1",
    "0.0.0.0",  # noqa: S104
    "224.0.0.1",
    "ff02::1",
    "240.0.0.1",
    "255.255.255.255",
    "::ffff:127.0.0.1",
    "::ffff:169.254.169.254",
]
PUBLIC = ["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"]


@pytest.fixture
def no_exceptions(settings):
    settings.WEBHOOK_HTTP_HOSTS = []
    settings.WEBHOOK_ALLOWED_NETWORKS = []


@pytest.mark.parametrize("address", REFUSED)
def test_internal_addresses_are_refused(no_exceptions, address):
    assert addresses.refused(address)


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are_allowed(no_exceptions, address):
    assert not addresses.refused(address)


def test_a_setting_allows_chosen_networks(settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = ["10.0.0.0/8"]
    assert not addresses.refused("10.1.2.3")
    assert addresses.refused("192.168.1.1")
    assert addresses.refused("169.254.169.254")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://example.org/hook", "https only"),
        ("ftp://example.org/hook", "https://"),
        ("https:///hook", "https://"),
        ("hook", "https://"),
        ("https://user:pw@example.org/hook", "user name"),
        ("https://example.org:99999/hook", "not a valid URL"),
        ("https://[::1/hook", "not a valid URL"),
    ],
)
def test_urls_must_be_https_without_credentials(no_exceptions, url, message):
    with pytest.raises(ValidationError, match=message):
        addresses.parse(url)


def test_http_only_to_hosts_on_the_allowlist(settings):
    settings.WEBHOOK_HTTP_HOSTS = ["receiver.test"]
    assert addresses.parse("http://receiver.test:8080/in?x=1") == (
        "http",
        "receiver.test",
        8080,
        "/in?x=1",
    )
    with pytest.raises(ValidationError, match="https only"):
        addresses.parse("http://other.test/in")
    assert addresses.parse("https://other.test") == ("https", "other.test", 443, "/")


def test_names_resolving_to_internal_addresses_are_refused(no_exceptions):
    for url in ["https://localhost/hook", "https://127.0.0.1/hook", "https://[::1]/hook"]:
        with pytest.raises(ValidationError, match="private or internal"):
            addresses.resolve(url)
    with pytest.raises(ValidationError, match="cannot be found"):
        addresses.resolve("https://no-such-host.invalid/hook")


def test_production_sends_https_only():
    from tests.cms.settings_probe import load_settings

    values = load_settings(
        "cms.settings.production",
        {
            "SECRET_KEY": "x" * 50,
            "ALLOWED_HOSTS": "cms.example",
            "WEBHOOK_HTTP_HOSTS": "receiver.example",
        },
        ["WEBHOOK_HTTP_HOSTS"],
    )
    assert values == {"WEBHOOK_HTTP_HOSTS": []}


def test_the_connection_goes_to_the_checked_address(receiver):
    """The name is never looked up again: a target whose name does not even exist is
    reached at the address that was checked, with the name in the Host header."""
    target = addresses.Target("http", "rebound.invalid", receiver.port, "/hook", "127.0.0.1")
    response = transport.post(target, b"{}", {"webhook-id": "msg_1"})
    assert response.status == 200
    assert receiver.requests[0].headers["host"] == f"rebound.invalid:{receiver.port}"


def test_redirects_are_not_followed(make_subscriber, receiver):
    subscriber = make_subscriber()
    receiver.plan = [(302, "moved", 0)]
    delivery = deliver_now(subscriber)
    assert delivery.status == Delivery.Status.RETRYING
    assert len(receiver.requests) == 1
    assert Attempt.objects.get(delivery=delivery).status_code == 302


def test_the_address_is_checked_again_at_send_time(make_subscriber, receiver, settings):
    """Accepted when saved, the receiver's address is refused once it no longer is
    allowed (as when a name is pointed at an internal address later)."""
    subscriber = make_subscriber()
    settings.WEBHOOK_ALLOWED_NETWORKS = []
    delivery = deliver_now(subscriber)
    assert delivery.status == Delivery.Status.RETRYING
    attempt = Attempt.objects.get(delivery=delivery)
    assert "private or internal" in attempt.error
    assert attempt.status_code is None
    assert receiver.requests == []


def test_a_mistyped_allowed_network_is_reported_at_startup(settings):
    from webhooks.checks import allowed_networks_are_networks

    assert allowed_networks_are_networks(None) == []
    settings.WEBHOOK_ALLOWED_NETWORKS = ["10.0.0.0/8", "not-a-network"]
    (error,) = allowed_networks_are_networks(None)
    assert error.id == "webhooks.E001"
    assert "not-a-network" in error.msg
