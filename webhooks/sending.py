"""One attempt at a delivery, and what follows it: success, a retry, or giving up.

An attempt first claims its delivery with a conditional update, so a task and
``send_webhooks`` (or two workers) never send the same delivery twice at once. The
address is checked again just before connecting. Retries are queued with
``run_after`` on a backend that can defer tasks (the database backend); with the
immediate backend they wait for ``manage.py send_webhooks``, which sends whatever is
due (and is a safety net for sends whose task was lost).
"""

import datetime
import http.client
import time

from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db.models import F
from django.utils import timezone

from . import addresses, pausing, schedule, secrets, signing, transport
from .models import Attempt, Delivery, Subscriber

DUE = (Delivery.Status.PENDING, Delivery.Status.RETRYING)
# A claim older than this is taken to be a worker that died mid-send.
STALE_CLAIM = datetime.timedelta(minutes=15)


def enqueue(delivery_id: int, run_after: datetime.datetime | None = None) -> None:
    from .tasks import deliver

    if run_after is None:
        deliver.enqueue(delivery_id)
    elif deliver.get_backend().supports_defer:
        deliver.using(run_after=run_after).enqueue(delivery_id)


def _claim(delivery_id: int, now) -> Delivery | None:
    claimed = Delivery.objects.filter(
        pk=delivery_id, status__in=DUE, next_attempt_at__lte=now
    ).update(status=Delivery.Status.SENDING, claimed_at=now)
    if not claimed:
        return None
    return Delivery.objects.select_related("subscriber", "message").get(pk=delivery_id)


def _send(delivery: Delivery) -> tuple[int | None, str, str]:
    """(response code, response excerpt, error) of one POST."""
    message = delivery.message
    try:
        target = addresses.resolve(delivery.subscriber.url)
    except ValidationError as error:
        return None, "", " ".join(error.messages)[:255]
    try:
        secret = secrets.decrypt(delivery.subscriber.encrypted_secret)
    except ImproperlyConfigured:
        return None, "", "The secret cannot be decrypted: rotate it."
    headers = signing.headers(secret, message.webhook_id, int(time.time()), message.body)
    try:
        response = transport.post(target, message.body.encode(), headers)
    except TimeoutError:
        return None, "", "Timed out"
    except (OSError, http.client.HTTPException) as error:
        return None, "", f"{type(error).__name__}: {error}"[:255]
    return response.status, response.excerpt, ""


def attempt(delivery_id: int) -> str:
    now = timezone.now()
    delivery = _claim(delivery_id, now)
    if delivery is None:
        current = Delivery.objects.filter(pk=delivery_id).values_list("status", flat=True)
        return current.first() or "missing"
    subscriber = delivery.subscriber
    if subscriber.paused and not delivery.manual:
        _finish(delivery, Delivery.Status.CANCELLED, now)
        return Delivery.Status.CANCELLED
    started = time.monotonic()
    code, excerpt, error = _send(delivery)
    succeeded = code is not None and 200 <= code < 300
    number = delivery.attempts + 1
    Attempt.objects.create(
        delivery=delivery,
        number=number,
        started_at=now,
        duration_ms=round((time.monotonic() - started) * 1000),
        succeeded=succeeded,
        status_code=code,
        error=error,
        response_excerpt=excerpt,
    )
    if succeeded:
        _finish(delivery, Delivery.Status.SUCCEEDED, now, attempts=number)
        Subscriber.objects.filter(pk=subscriber.pk).update(failing_since=None)
        return Delivery.Status.SUCCEEDED
    return _failed(delivery, number, now)


def _finish(delivery: Delivery, status: str, now, **changes) -> None:
    Delivery.objects.filter(pk=delivery.pk).update(
        status=status, finished_at=now, next_attempt_at=None, **changes
    )


def _failed(delivery: Delivery, number: int, now) -> str:
    subscriber = delivery.subscriber
    Subscriber.objects.filter(pk=subscriber.pk, failing_since__isnull=True).update(
        failing_since=now
    )
    pausing.pause_if_failing_too_long(subscriber.pk, now)
    if schedule.gives_up(number):
        _finish(delivery, Delivery.Status.FAILED, now, attempts=number)
        return Delivery.Status.FAILED
    next_at = now + schedule.retry_delay(number)
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.RETRYING, attempts=number, next_attempt_at=next_at
    )
    enqueue(delivery.pk, run_after=next_at)
    return Delivery.Status.RETRYING


def send_due() -> int:
    """Attempt every delivery that is due (and release stale claims); returns how many."""
    now = timezone.now()
    Delivery.objects.filter(
        status=Delivery.Status.SENDING, claimed_at__lt=now - STALE_CLAIM
    ).update(status=Delivery.Status.RETRYING, next_attempt_at=F("claimed_at"))
    due = Delivery.objects.filter(status__in=DUE, next_attempt_at__lte=now).order_by(
        "next_attempt_at", "pk"
    )
    ids = list(due.values_list("pk", flat=True))
    for pk in ids:
        attempt(pk)
    return len(ids)
