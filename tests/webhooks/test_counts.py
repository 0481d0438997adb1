"""The figures for reports, and the command that sends what is due."""

import datetime
import io

import pytest

from django.core.management import call_command
from django.utils import timezone

from webhooks.counts import deliveries_by_status, deliveries_per_day
from webhooks.models import Delivery

from .test_delivery import deliver_now, make_due

pytestmark = pytest.mark.django_db


def test_deliveries_are_counted_per_status_and_day(
    make_subscriber, receiver, django_assert_num_queries
):
    subscriber = make_subscriber()
    receiver.plan = [(500, "", 0)]
    deliver_now(subscriber)
    deliver_now(subscriber)
    old = deliver_now(subscriber)
    long_ago = timezone.now() - datetime.timedelta(days=40)
    Delivery.objects.filter(pk=old.pk).update(created_at=long_ago)
    start = timezone.now() - datetime.timedelta(days=1)
    end = timezone.now() + datetime.timedelta(minutes=1)
    with django_assert_num_queries(1):
        counts = deliveries_by_status(start, end)
    assert counts["retrying"] == 1
    assert counts["succeeded"] == 1
    assert counts["failed"] == 0
    with django_assert_num_queries(1):
        days = deliveries_per_day(start, end)
    assert sum(day["retrying"] + day["succeeded"] for day in days.values()) == 2
    assert deliveries_by_status(long_ago, start)["succeeded"] == 1


def test_the_command_sends_what_is_due(make_subscriber, receiver):
    subscriber = make_subscriber()
    receiver.plan = [(500, "", 0)]
    delivery = deliver_now(subscriber)
    out = io.StringIO()
    call_command("send_webhooks", stdout=out)
    assert "attempted: 0" in out.getvalue()
    make_due(delivery)
    call_command("send_webhooks", stdout=out)
    assert "attempted: 1" in out.getvalue()
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SUCCEEDED
