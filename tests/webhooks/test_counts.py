"""The figures for reports, and the command that sends what is due."""

import datetime
import io

import pytest

from django.core.management import call_command
from django.utils import timezone, translation

from indicators import sources
from indicators.periods import Period
from webhooks.models import Delivery

from .test_delivery import deliver_now, make_due

pytestmark = pytest.mark.django_db


def test_deliveries_are_counted_per_month_and_outcome(
    make_subscriber, receiver, django_assert_num_queries
):
    """The plan's "webhook deliveries" figure, from the indicators registry."""
    subscriber = make_subscriber()
    receiver.plan = [(500, "", 0)]
    deliver_now(subscriber)
    deliver_now(subscriber)
    old = deliver_now(subscriber)
    now = timezone.localtime()
    long_ago = now - datetime.timedelta(days=400)
    Delivery.objects.filter(pk=old.pk).update(created_at=long_ago)
    source = sources.get("webhooks.deliveries")
    assert source is not None
    this_month = now.date().replace(day=1)
    with django_assert_num_queries(1), translation.override("en"):
        rows = sorted(
            (row.month, row.keys, row.value)
            for row in source.rows(Period(now.date() - datetime.timedelta(days=40), now.date()))
        )
    assert (this_month, ("Failed, will retry",), 1) in rows
    assert (this_month, ("Delivered",), 1) in rows
    assert sum(value for _month, _keys, value in rows) == 2


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
