"""The admin screens: only coordinating editors, the secret shown once, the delivery
log with its buttons, and clear errors (never a 500) for bad input."""

import pytest

from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from cms.editorial import COORDINATING_EDITORS
from webhooks import secrets
from webhooks.models import Delivery, Subscriber

from .test_delivery import SUBJECT, deliver_now

pytestmark = pytest.mark.django_db


def form_data(receiver, **changes):
    data = {
        "name": "Portal",
        "url": receiver.url,
        "events": ["page.published", "contest.results_published"],
        "locales": ["ru"],
        "types": [],
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def subscriber_urls(subscriber, delivery=None):
    pk = subscriber.pk
    urls = {
        "get": [
            reverse("webhooks_subscribers:index"),
            reverse("webhooks_subscribers:add"),
            reverse("webhooks_subscribers:edit", args=[pk]),
            reverse("webhooks_subscribers:delete", args=[pk]),
            reverse("webhooks_subscribers:deliveries", args=[pk]),
            reverse("webhooks_subscribers:rotate", args=[pk]),
            reverse("webhooks_subscribers:history", args=[pk]),
        ],
        "post": [
            reverse("webhooks_subscribers:rotate", args=[pk]),
            reverse("webhooks_subscribers:test", args=[pk]),
        ],
    }
    if delivery is not None:
        urls["post"].append(reverse("webhooks_subscribers:redeliver", args=[pk, delivery.pk]))
    return urls


def test_only_the_coordinating_editors_group_holds_the_permission():
    holders = Group.objects.filter(
        permissions=Permission.objects.get(codename="manage_subscribers")
    )
    assert list(holders.values_list("name", flat=True)) == [COORDINATING_EDITORS]


def test_other_editors_cannot_see_or_touch_subscribers(
    client, content_manager, make_subscriber, receiver
):
    subscriber = make_subscriber()
    delivery = deliver_now(subscriber)
    before = (subscriber.encrypted_secret, Delivery.objects.count())
    client.force_login(content_manager)
    urls = subscriber_urls(subscriber, delivery)
    for url in urls["get"]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert subscriber.url.encode() not in response.content
    for url in urls["post"]:
        response = client.post(url)
        assert response.status_code in (302, 403), url
    response = client.post(reverse("webhooks_subscribers:add"), form_data(receiver))
    assert response.status_code in (302, 403)
    assert Subscriber.objects.count() == 1
    subscriber.refresh_from_db()
    assert (subscriber.encrypted_secret, Delivery.objects.count()) == before
    home = client.get(reverse("wagtailadmin_home"))
    assert reverse("webhooks_subscribers:index").encode() not in home.content


def test_coordinators_see_every_screen(client, coordinator, make_subscriber, receiver):
    subscriber = make_subscriber()
    deliver_now(subscriber)
    client.force_login(coordinator)
    for url in subscriber_urls(subscriber)["get"]:
        assert client.get(url).status_code == 200, url
    home = client.get(reverse("wagtailadmin_home"))
    assert reverse("webhooks_subscribers:index").encode() in home.content


def test_the_secret_is_shown_once_and_never_again(client, coordinator, receiver):
    client.force_login(coordinator)
    response = client.post(reverse("webhooks_subscribers:add"), form_data(receiver))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    secret = response.context["secret"]
    assert secret.startswith("whsec_")
    assert secret.encode() in response.content
    subscriber = Subscriber.objects.get()
    assert subscriber.created_by == coordinator
    assert set(subscriber.events) == {"contest.results_published", "page.published"}
    assert subscriber.locales == ["ru"]
    assert secret not in subscriber.encrypted_secret
    assert secrets.decrypt(subscriber.encrypted_secret) == secret
    key_part = secret.removeprefix("whsec_").encode()
    for url in subscriber_urls(subscriber)["get"]:
        assert key_part not in client.get(url).content, url

    response = client.post(reverse("webhooks_subscribers:rotate", args=[subscriber.pk]))
    rotated = response.context["secret"]
    assert rotated != secret
    assert rotated.encode() in response.content
    assert "no-store" in response["Cache-Control"]
    subscriber.refresh_from_db()
    assert secrets.decrypt(subscriber.encrypted_secret) == rotated
    for url in subscriber_urls(subscriber)["get"]:
        assert rotated.removeprefix("whsec_").encode() not in client.get(url).content, url
    history = client.get(reverse("webhooks_subscribers:history", args=[subscriber.pk]))
    assert "Signing secret rotated" in history.content.decode()


def test_editing_keeps_the_secret_and_pausing_resumes(
    client, coordinator, make_subscriber, receiver
):
    subscriber = make_subscriber(paused=True, paused_automatically=True)
    secret_before = subscriber.encrypted_secret
    client.force_login(coordinator)
    url = reverse("webhooks_subscribers:edit", args=[subscriber.pk])
    response = client.post(url, form_data(receiver, name="Renamed"))
    assert response.status_code == 302
    subscriber.refresh_from_db()
    assert subscriber.name == "Renamed"
    assert not subscriber.paused
    assert not subscriber.paused_automatically
    assert subscriber.encrypted_secret == secret_before
    client.post(url, form_data(receiver, paused="on"))
    subscriber.refresh_from_db()
    assert subscriber.paused
    assert not subscriber.paused_automatically


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"url": "not a url"}, "url", "invalid"),
        ({"url": "http://example.org/hook"}, "url", "scheme"),
        ({"url": "https://localhost/hook"}, "url", "internal"),
        ({"url": "https://169.254.169.254/latest/meta-data/"}, "url", "internal"),
        ({"url": "https://[fd00:ec2::254]/"}, "url", "internal"),
        ({"url": "https://no-such-host.invalid/"}, "url", "unresolvable"),
        ({"url": "https://example.org/" + "a" * 600}, "url", "max_length"),
        ({"events": None}, "events", "required"),
        ({"events": ["page.published", "drop.tables"]}, "events", "invalid_choice"),
        ({"locales": ["xx"]}, "locales", "invalid_choice"),
        ({"types": ["auth.User"]}, "types", "invalid_choice"),
        ({"name": "x" * 500}, "name", "max_length"),
        ({"name": ""}, "name", "required"),
    ],
)
def test_bad_input_is_a_clear_error(client, coordinator, receiver, settings, changes, field, code):
    settings.WEBHOOK_ALLOWED_NETWORKS = []
    client.force_login(coordinator)
    response = client.post(reverse("webhooks_subscribers:add"), form_data(receiver, **changes))
    assert response.status_code == 200
    form = response.context["form"]
    assert [error.code for error in form.errors.as_data()[field]] == [code]
    with translation.override("en"):  # the coordinator's language
        assert escape(form.errors[field][0]) in response.content.decode()
    assert not Subscriber.objects.exists()


def test_the_delivery_log_shows_attempts_and_redelivers(
    client, coordinator, make_subscriber, receiver
):
    subscriber = make_subscriber()
    receiver.plan = [(500, "receiver exploded", 0)]
    delivery = deliver_now(subscriber)
    client.force_login(coordinator)
    log_url = reverse("webhooks_subscribers:deliveries", args=[subscriber.pk])
    page = client.get(log_url).content.decode()
    assert delivery.message.webhook_id in page
    assert "receiver exploded" in page
    assert "<strong>500</strong>" in page
    assert reverse("webhooks_subscribers:redeliver", args=[subscriber.pk, delivery.pk]) in page

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            reverse("webhooks_subscribers:redeliver", args=[subscriber.pk, delivery.pk])
        )
    assert response.status_code == 302
    again = Delivery.objects.exclude(pk=delivery.pk).get()
    assert again.message_id == delivery.message_id
    assert again.manual
    assert again.status == Delivery.Status.SUCCEEDED
    assert [r.headers["webhook-id"] for r in receiver.requests] == [
        delivery.message.webhook_id
    ] * 2
    page = client.get(log_url).content.decode()
    assert "<strong>200</strong>" in page

    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("webhooks_subscribers:test", args=[subscriber.pk]))
    assert b'"event":"webhook.test"' in receiver.requests[-1].body
    history = client.get(reverse("webhooks_subscribers:history", args=[subscriber.pk]))
    assert "Message delivered again" in history.content.decode()
    assert "Test event sent" in history.content.decode()


def test_a_delivery_of_another_subscriber_cannot_be_redelivered(
    client, coordinator, make_subscriber, receiver
):
    first, second = make_subscriber(name="one"), make_subscriber(name="two", events=["x"])
    delivery = deliver_now(first)
    client.force_login(coordinator)
    url = reverse("webhooks_subscribers:redeliver", args=[second.pk, delivery.pk])
    response = client.post(url)
    assert response.status_code in (302, 404)
    if response.status_code == 302:  # the language prefix tried for a page not found
        assert response.url.endswith(url)
    assert Delivery.objects.count() == 1
    assert len(receiver.requests) == 1
    missing = reverse("webhooks_subscribers:deliveries", args=[999999])
    assert client.get(missing, follow=True).status_code == 404


def test_the_log_costs_a_fixed_number_of_queries(
    client, coordinator, make_subscriber, receiver, django_assert_max_num_queries
):
    subscriber = make_subscriber()
    for _ in range(5):
        deliver_now(subscriber, SUBJECT)
    client.force_login(coordinator)
    url = reverse("webhooks_subscribers:deliveries", args=[subscriber.pk])
    client.get(url)
    with django_assert_max_num_queries(25) as few:
        client.get(url)
    for _ in range(10):
        deliver_now(subscriber, SUBJECT)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


def test_the_dashboard_names_paused_subscribers_to_coordinators(
    client, coordinator, content_manager, make_subscriber
):
    make_subscriber(name="Sleeping portal", paused=True, paused_automatically=True)
    client.force_login(coordinator)
    assert "Sleeping portal" in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(content_manager)
    assert "Sleeping portal" not in client.get(reverse("wagtailadmin_home")).content.decode()
