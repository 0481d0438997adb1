"""An edition's status comes from its dates, read in the edition's time zone.

Dates are whole days where the edition is run (Asia/Bishkek by default): entries open
at 00:00 on the opening day and are taken until 23:59:59 on the closing day; results
are out from 00:00 on the results day. Nobody flips a flag: the status is computed
each time it is asked for.
"""

import datetime
import zoneinfo

from django.utils import timezone

from .enums import EditionStatus

DEFAULT_TIME_ZONE = "Asia/Bishkek"


def start_of(day: datetime.date, zone_name: str) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, zoneinfo.ZoneInfo(zone_name))


def opens_at(edition) -> datetime.datetime:
    return start_of(edition.opens_on, edition.time_zone)


def closes_at(edition) -> datetime.datetime:
    """The first moment entries are no longer taken (midnight after the closing day)."""
    return start_of(edition.closes_on + datetime.timedelta(days=1), edition.time_zone)


def results_at(edition) -> datetime.datetime | None:
    return start_of(edition.results_on, edition.time_zone) if edition.results_on else None


def status_at(edition, moment: datetime.datetime | None = None) -> str:
    moment = moment or timezone.now()
    if moment < opens_at(edition):
        return EditionStatus.UPCOMING
    if moment < closes_at(edition):
        return EditionStatus.OPEN
    results = results_at(edition)
    if results is None or moment < results:
        return EditionStatus.JUDGING
    return EditionStatus.RESULTS
