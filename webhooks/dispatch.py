"""From an event to delivery rows and queued sends (runs after the commit).

One message per event, with the exact body that every subscriber receives; one
delivery per subscriber that wants the event; the sends are queued once the rows
themselves are committed, so a worker never looks for a row that is not there.
"""

import datetime
import json
import secrets

from django.db import transaction
from django.utils import timezone

from .events import TEST, Subject
from .models import Delivery, Message, Subscriber
from .sending import enqueue


def new_webhook_id() -> str:
    return "msg_" + secrets.token_urlsafe(18)


def body(event: str, subject: Subject | None, webhook_id: str, now) -> str:
    return json.dumps(
        {
            "event": event,
            "type": subject.type if subject else None,
            "id": subject.id if subject else None,
            "locale": subject.locale if subject else None,
            "url": (subject.url or None) if subject else None,
            "time": now.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z"),
            "webhook_id": webhook_id,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def new_message(event: str, subject: Subject | None) -> Message:
    now = timezone.now()
    webhook_id = new_webhook_id()
    return Message.objects.create(
        webhook_id=webhook_id,
        event=event,
        type=subject.type if subject else "",
        object_id=str(subject.id) if subject else "",
        locale=(subject.locale or "") if subject else "",
        body=body(event, subject, webhook_id, now),
        created_at=now,
    )


def queue(deliveries: list[Delivery]) -> None:
    ids = [delivery.pk for delivery in deliveries]
    transaction.on_commit(lambda: [enqueue(pk) for pk in ids], robust=True)


def dispatch(event: str, subject: Subject) -> list[Delivery]:
    """Deliveries of ``event`` to every active subscriber that wants it."""
    wanted = [
        subscriber
        for subscriber in Subscriber.objects.filter(paused=False)
        if subscriber.wants(event, subject.type, subject.locale)
    ]
    if not wanted:
        return []
    with transaction.atomic():
        message = new_message(event, subject)
        deliveries = Delivery.objects.bulk_create(
            Delivery(
                subscriber=subscriber,
                message=message,
                next_attempt_at=message.created_at,
                created_at=message.created_at,
            )
            for subscriber in wanted
        )
        queue(deliveries)
    return deliveries


def send_test(subscriber: Subscriber) -> Delivery:
    """A ``webhook.test`` message to one subscriber, paused or not."""
    with transaction.atomic():
        message = new_message(TEST, None)
        delivery = Delivery.objects.create(
            subscriber=subscriber,
            message=message,
            manual=True,
            next_attempt_at=message.created_at,
            created_at=message.created_at,
        )
        queue([delivery])
    return delivery


def redeliver(delivery: Delivery) -> Delivery:
    """The same message (same ``webhook-id``, so receivers can tell it is a repeat)
    delivered again as a new delivery with its own attempts."""
    now = timezone.now()
    with transaction.atomic():
        again = Delivery.objects.create(
            subscriber=delivery.subscriber,
            message=delivery.message,
            manual=True,
            next_attempt_at=now,
            created_at=now,
        )
        queue([again])
    return again
