"""The "appeals through feedback channels" figures, against hand-counted tips."""

import datetime

import pytest

from django.utils import timezone, translation

from tips.counts import tips_by, tips_per_month, tips_received
from tips.models import StoryTip

from .factories import StoryTipFactory

pytestmark = pytest.mark.django_db


def received_on(day: datetime.date, **fields):
    tip = StoryTipFactory(**fields)
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
    StoryTip.objects.filter(pk=tip.pk).update(created_at=moment)
    return tip


def test_counts_per_period_state_country_and_month():
    received_on(datetime.date(2026, 1, 10), country="TR")
    received_on(datetime.date(2026, 1, 31), country="RU", state="declined")
    received_on(datetime.date(2026, 2, 1), country="RU", state="story")
    received_on(datetime.date(2026, 3, 5), country="US")
    received_on(datetime.date(2026, 2, 2), country="TR", is_example=True)
    start, end = datetime.date(2026, 1, 1), datetime.date(2026, 2, 28)
    assert tips_received(start, end) == 3
    assert tips_by("state", start, end) == {"new": 1, "declined": 1, "story": 1}
    assert tips_by("country", start, end) == {"TR": 1, "RU": 2}
    assert tips_per_month(start, end) == {
        datetime.date(2026, 1, 1): 2,
        datetime.date(2026, 2, 1): 1,
    }
    assert tips_received(datetime.date(2026, 1, 31), datetime.date(2026, 1, 31)) == 1


def test_the_plan_reads_appeals_from_the_tips_source():
    """The dashboard's "appeals through feedback channels" is the same count, per month
    and state, shown among the internet statistics and on the feedback-tools activity."""
    from indicators import sources
    from indicators.models import PlanActivity
    from indicators.periods import QUARTER, Period

    received_on(datetime.date(2026, 1, 10))
    received_on(datetime.date(2026, 1, 31), state="declined")
    received_on(datetime.date(2026, 2, 1), state="story")
    received_on(datetime.date(2026, 2, 2), is_example=True)
    source = sources.get("tips.appeals")
    assert source is not None
    assert source.internet
    with translation.override("en"):
        figures = sources.Figures.read(source, Period.of(QUARTER, datetime.date(2026, 2, 1)))
    assert sorted((row.month, row.keys, row.value) for row in figures.rows) == [
        (datetime.date(2026, 1, 1), ("Declined",), 1),
        (datetime.date(2026, 1, 1), ("New",), 1),
        (datetime.date(2026, 2, 1), ("Became a story",), 1),
    ]
    assert PlanActivity.objects.get(key="feedback-tools").source_key == "tips.appeals"
