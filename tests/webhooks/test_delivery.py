"""Deliveries over real HTTP to a receiver on 127.0.0.1: the body, the signature, the
retries with backoff, giving up, and pausing a subscriber that fails for a day."""

import datetime
import json
import random

import pytest

from django.core import mail
from django.test import TestCase
from django.utils import timezone

from wagtail.models import ModelLogEntry

from webhooks import dispatch, schedule, sending
from webhooks.events import PAGE_PUBLISHED, Subject
from webhooks.models import EXCERPT_LENGTH, Attempt, Delivery, Subscriber

pytestmark = pytest.mark.django_db

SUBJECT = Subject(type="stories.SuccessStoryPage", id=7, locale="ru", url="https://p.example/7/")


def deliver_now(subscriber, subject=SUBJECT, event=PAGE_PUBLISHED) -> Delivery:
    """Dispatch an event as a commit would (tasks run immediately in the tests)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        (delivery,) = [
            d for d in dispatch.dispatch(event, subject) if d.subscriber_id == subscriber.pk
        ]
    delivery.refresh_from_db()
    return delivery


def make_due(delivery):
    Delivery.objects.filter(pk=delivery.pk).update(
        next_attempt_at=timezone.now() - datetime.timedelta(seconds=1)
    )


def test_an_event_is_posted_signed_with_a_small_body(make_subscriber, receiver):
    subscriber = make_subscriber()
    delivery = deliver_now(subscriber)
    assert delivery.status == Delivery.Status.SUCCEEDED
    (request,) = receiver.requests
    assert request.verified
    assert request.path == "/hook"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["webhook-id"] == delivery.message.webhook_id
    body = json.loads(request.body)
    assert set(body) == {"event", "type", "id", "locale", "url", "time", "webhook_id"}
    assert body["event"] == "page.published"
    assert (body["type"], body["id"], body["locale"], body["url"]) == (
        "stories.SuccessStoryPage",
        7,
        "ru",
        "https://p.example/7/",
    )
    assert body["webhook_id"] == delivery.message.webhook_id
    assert body["time"].endswith("Z")
    (attempt,) = delivery.log.all()
    assert (attempt.number, attempt.status_code, attempt.succeeded) == (1, 200, True)
    assert attempt.response_excerpt == "ok"


def test_a_receiver_failing_then_succeeding_gets_the_same_message_again(make_subscriber, receiver):
    subscriber = make_subscriber()
    receiver.plan = [(500, "down", 0), (503, "still down", 0)]
    before = timezone.now()
    delivery = deliver_now(subscriber)
    assert delivery.status == Delivery.Status.RETRYING
    assert delivery.attempts == 1
    wait = (delivery.next_attempt_at - before).total_seconds()
    assert 54 <= wait <= 67  # 60 s ± 10 %, plus the time the attempt took
    subscriber.refresh_from_db()
    assert subscriber.failing_since is not None

    # Not due yet: the sweep leaves it alone.
    assert sending.send_due() == 0
    make_due(delivery)
    assert sending.send_due() == 1
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.RETRYING
    assert delivery.attempts == 2
    assert 3.5 * 60 <= (delivery.next_attempt_at - timezone.now()).total_seconds() <= 4.5 * 60

    make_due(delivery)
    sending.send_due()
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SUCCEEDED
    log = list(delivery.log.order_by("number").values_list("number", "status_code"))
    assert log == [(1, 500), (2, 503), (3, 200)]
    assert len({r.headers["webhook-id"] for r in receiver.requests}) == 1
    assert all(r.verified for r in receiver.requests)
    subscriber.refresh_from_db()
    assert subscriber.failing_since is None


def test_backoff_grows_four_times_with_jitter_up_to_the_cap():
    nominal = [schedule.nominal_delay(n) for n in range(1, 8)]
    assert nominal == [60, 240, 960, 3840, 15360, 36000, 36000]
    rng = random.Random(4)
    for n, expected in enumerate(nominal, start=1):
        delays = {schedule.retry_delay(n, rng).total_seconds() for _ in range(20)}
        assert len(delays) > 1
        assert all(expected * 0.9 <= d <= expected * 1.1 for d in delays)


def test_a_delivery_gives_up_after_the_last_attempt(make_subscriber, receiver, settings):
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    subscriber = make_subscriber()
    receiver.plan = [(500, "", 0), (500, "", 0)]
    delivery = deliver_now(subscriber)
    make_due(delivery)
    sending.send_due()
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.FAILED
    assert delivery.next_attempt_at is None
    assert delivery.finished_at is not None
    make_due(delivery)
    assert sending.send_due() == 0
    assert len(receiver.requests) == 2


def test_a_timeout_is_a_failure(make_subscriber, receiver, settings):
    settings.WEBHOOK_READ_TIMEOUT = 1
    subscriber = make_subscriber()
    receiver.plan = [(200, "late", 2)]
    delivery = deliver_now(subscriber)
    assert delivery.status == Delivery.Status.RETRYING
    attempt = delivery.log.get()
    assert attempt.error == "Timed out"
    assert attempt.status_code is None


def test_a_refused_connection_is_a_failure(make_subscriber, receiver):
    subscriber = make_subscriber(url="http://127.0.0.1:9/closed")
    delivery = deliver_now(subscriber)
    assert delivery.status == Delivery.Status.RETRYING
    assert "ConnectionRefusedError" in delivery.log.get().error


def test_only_a_short_excerpt_of_the_response_is_kept(make_subscriber, receiver):
    subscriber = make_subscriber()
    receiver.plan = [(200, "é" * 5000, 0)]
    delivery = deliver_now(subscriber)
    excerpt = delivery.log.get().response_excerpt
    assert 0 < len(excerpt) <= EXCERPT_LENGTH
    assert len(excerpt.encode()) <= EXCERPT_LENGTH + 3


def test_events_reach_only_subscribers_that_want_them(make_subscriber, receiver):
    everything = make_subscriber(name="all")
    russian = make_subscriber(name="ru", locales=["ru"])
    kyrgyz = make_subscriber(name="ky", locales=["ky"])
    themes = make_subscriber(name="themes", types=["campaigns.CampaignThemePage"])
    deletions = make_subscriber(name="deletions", events=["page.deleted"])
    paused = make_subscriber(name="paused", paused=True)
    with TestCase.captureOnCommitCallbacks(execute=True):
        deliveries = dispatch.dispatch(PAGE_PUBLISHED, SUBJECT)
    assert {d.subscriber for d in deliveries} == {everything, russian}
    for other in (kyrgyz, themes, deletions, paused):
        assert not other.deliveries.exists()
    # An item with no language (a tour stop) reaches subscribers of any language.
    no_locale = Subject(type="stories.SuccessStoryPage", id=8, locale=None, url="")
    with TestCase.captureOnCommitCallbacks(execute=True):
        deliveries = dispatch.dispatch(PAGE_PUBLISHED, no_locale)
    assert {d.subscriber for d in deliveries} == {everything, russian, kyrgyz}


def test_a_subscriber_failing_for_a_day_is_paused_and_coordinators_told(
    make_subscriber, receiver, coordinator, content_manager
):
    subscriber = make_subscriber()
    Subscriber.objects.filter(pk=subscriber.pk).update(
        failing_since=timezone.now() - datetime.timedelta(hours=23)
    )
    receiver.plan = [(500, "", 0), (500, "", 0)]
    delivery = deliver_now(subscriber)
    subscriber.refresh_from_db()
    assert not subscriber.paused  # 23 hours: not yet
    assert mail.outbox == []

    Subscriber.objects.filter(pk=subscriber.pk).update(
        failing_since=timezone.now() - datetime.timedelta(hours=24, minutes=1)
    )
    make_due(delivery)
    sending.send_due()
    subscriber.refresh_from_db()
    assert subscriber.paused
    assert subscriber.paused_automatically
    (email,) = [m for m in mail.outbox if coordinator.email in m.to]
    assert content_manager.email not in email.to
    assert subscriber.url in email.body
    assert f"/webhooks/{subscriber.pk}/deliveries/" in email.body
    entry = ModelLogEntry.objects.get(action="webhooks.subscriber.auto_pause")
    assert entry.object_id == str(subscriber.pk)

    # Paused: its pending retry is dropped, and new events do not reach it.
    make_due(delivery)
    sending.send_due()
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.CANCELLED
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert dispatch.dispatch(PAGE_PUBLISHED, SUBJECT) == []
    assert len(receiver.requests) == 2
    # Later failures do not pause (or e-mail) again.
    sent = len(mail.outbox)
    dispatch.redeliver(delivery)
    assert len(mail.outbox) == sent


def test_redelivery_and_test_events_reach_a_paused_subscriber(make_subscriber, receiver):
    subscriber = make_subscriber()
    delivery = deliver_now(subscriber)
    Subscriber.objects.filter(pk=subscriber.pk).update(paused=True)
    with TestCase.captureOnCommitCallbacks(execute=True):
        again = dispatch.redeliver(delivery)
        test = dispatch.send_test(subscriber)
    again.refresh_from_db()
    test.refresh_from_db()
    assert again.status == test.status == Delivery.Status.SUCCEEDED
    first, second, third = receiver.requests
    assert second.headers["webhook-id"] == first.headers["webhook-id"]
    assert second.body == first.body
    assert json.loads(third.body)["event"] == "webhook.test"
    assert all(r.verified for r in receiver.requests)


def test_a_claimed_delivery_is_not_sent_twice(make_subscriber, receiver):
    subscriber = make_subscriber()
    receiver.plan = [(500, "", 0)]
    delivery = deliver_now(subscriber)
    make_due(delivery)
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.SENDING, claimed_at=timezone.now()
    )
    assert sending.attempt(delivery.pk) == Delivery.Status.SENDING
    assert Attempt.objects.filter(delivery=delivery).count() == 1
    # A claim left by a worker that died is taken back by the sweep.
    Delivery.objects.filter(pk=delivery.pk).update(
        claimed_at=timezone.now() - datetime.timedelta(hours=1)
    )
    assert sending.send_due() == 1
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SUCCEEDED
