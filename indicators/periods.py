"""The period a figure is read for: a month, a quarter, a year or dates of one's own.

Days are the CMS's local days (``TIME_ZONE``, Asia/Bishkek): a story published at
00:30 in Bishkek on the 1st counts for that month, whatever UTC says.
"""

import datetime
from dataclasses import dataclass

from django.db.models import DateField
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MONTH = "month"
QUARTER = "quarter"
YEAR = "year"
CUSTOM = "custom"
KINDS = [
    (MONTH, _("Month")),
    (QUARTER, _("Quarter")),
    (YEAR, _("Year")),
    (CUSTOM, _("Dates")),
]
# A chart of more months than this is unreadable, and a custom period longer is refused.
MAX_MONTHS = 60


def first_of_month(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date  # inclusive

    @classmethod
    def of(cls, kind: str, day: datetime.date) -> "Period":
        """The month, quarter or year that holds ``day``."""
        if kind == YEAR:
            return cls(datetime.date(day.year, 1, 1), datetime.date(day.year, 12, 31))
        if kind == QUARTER:
            first = datetime.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
            return cls(first, add_months(first, 3) - datetime.timedelta(days=1))
        first = first_of_month(day)
        return cls(first, add_months(first, 1) - datetime.timedelta(days=1))

    def months(self) -> list[datetime.date]:
        months, month = [], first_of_month(self.start)
        while month <= self.end:
            months.append(month)
            month = add_months(month, 1)
        return months

    def datetimes(self) -> tuple[datetime.datetime, datetime.datetime]:
        """``[from, until)`` as aware datetimes: the local start of the first day and of
        the day after the last."""
        start = datetime.datetime.combine(self.start, datetime.time.min)
        until = datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time.min)
        return timezone.make_aware(start), timezone.make_aware(until)

    def moment_filter(self, field: str) -> dict:
        """Filter arguments keeping a date-time field within the period."""
        start, until = self.datetimes()
        return {f"{field}__gte": start, f"{field}__lt": until}

    def day_filter(self, field: str) -> dict:
        return {f"{field}__gte": self.start, f"{field}__lte": self.end}

    def __str__(self):
        return f"{self.start:%Y-%m-%d} – {self.end:%Y-%m-%d}"


def month_of(field: str) -> TruncMonth:
    """The first day of the local month of a date or date-time field, as a date."""
    return TruncMonth(field, output_field=DateField())
