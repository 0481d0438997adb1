"""An edition's status comes from its dates, as days in Asia/Bishkek (UTC+6)."""

import datetime
import zoneinfo

import pytest

from contests import schedule
from contests.enums import EditionStatus
from contests.models import ContestEditionPage

BISHKEK = zoneinfo.ZoneInfo("Asia/Bishkek")
UTC = datetime.UTC


def edition(**dates):
    values = {
        "opens_on": datetime.date(2027, 3, 1),
        "closes_on": datetime.date(2027, 6, 30),
        "results_on": datetime.date(2027, 10, 15),
        "time_zone": "Asia/Bishkek",
    }
    values.update(dates)
    return ContestEditionPage(**values)


def at(year, month, day, hour, minute=0, second=0, zone=BISHKEK):
    return datetime.datetime(year, month, day, hour, minute, second, tzinfo=zone)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(2027, 2, 28, 23, 59, 59), EditionStatus.UPCOMING),
        (at(2027, 3, 1, 0, 0, 0), EditionStatus.OPEN),
        # 1 March 00:00 in Bishkek is still 28 February in UTC.
        (at(2027, 2, 28, 18, 0, 0, zone=UTC), EditionStatus.OPEN),
        (at(2027, 2, 28, 17, 59, 59, zone=UTC), EditionStatus.UPCOMING),
        (at(2027, 6, 30, 23, 59, 59), EditionStatus.OPEN),
        (at(2027, 7, 1, 0, 0, 0), EditionStatus.JUDGING),
        # 30 June 18:30 UTC is already 1 July in Bishkek: closed.
        (at(2027, 6, 30, 18, 30, 0, zone=UTC), EditionStatus.JUDGING),
        (at(2027, 10, 14, 23, 59, 59), EditionStatus.JUDGING),
        (at(2027, 10, 15, 0, 0, 0), EditionStatus.RESULTS),
    ],
)
def test_status_around_midnight_in_bishkek(moment, expected):
    assert schedule.status_at(edition(), moment) == expected


def test_without_a_results_date_it_stays_in_judging():
    assert (
        schedule.status_at(edition(results_on=None), at(2030, 1, 1, 12)) == EditionStatus.JUDGING
    )


def test_another_time_zone_moves_the_boundaries():
    london = edition(time_zone="Europe/London")
    assert schedule.status_at(london, at(2027, 7, 1, 3, 0, 0)) == EditionStatus.OPEN
    assert schedule.closes_at(london).utcoffset() == datetime.timedelta(hours=1)


def test_closing_is_the_midnight_after_the_closing_day():
    closes = schedule.closes_at(edition())
    assert closes == at(2027, 7, 1, 0)
    assert closes.isoformat() == "2027-07-01T00:00:00+06:00"


@pytest.mark.django_db
def test_dates_out_of_order_are_refused_in_the_admin_form():
    from django.core.exceptions import ValidationError

    bad = edition(closes_on=datetime.date(2027, 2, 1), time_zone="Mars/Olympus")
    bad.title = "x"
    with pytest.raises(ValidationError) as error:
        bad.clean()
    assert set(error.value.message_dict) >= {"closes_on", "time_zone"}
