"""The plan's figures for a period: each activity's value, its months and its progress.

Each source is read once per request however many activities use it, so the
dashboard's queries grow with the sources in use, not with the activities.
"""

from dataclasses import dataclass
from decimal import Decimal

from . import sources
from .models import PlanActivity
from .periods import Period


@dataclass
class ActivityFigures:
    activity: PlanActivity
    source: sources.Source | None
    value: int | Decimal | None
    monthly: list  # [(month, value)], empty for values entered by hand
    breakdown: list  # [(keys, value)], largest first

    @property
    def progress(self) -> Decimal | None:
        """Percent of the target reached, one decimal; None without a target or value."""
        target = self.activity.target
        if not target or self.value is None:
            return None
        return round(Decimal(self.value) * 100 / target, 1)

    @property
    def counted_by(self) -> str:
        return str(self.source.label) if self.source else ""


class FiguresReader:
    """Reads sources for one period, remembering what it read."""

    def __init__(self, period: Period):
        self.period = period
        self._read: dict[str, sources.Figures] = {}

    def figures(self, source: sources.Source) -> sources.Figures:
        if source.key not in self._read:
            self._read[source.key] = sources.Figures.read(source, self.period)
        return self._read[source.key]

    def activity(self, activity: PlanActivity) -> ActivityFigures:
        source = sources.get(activity.source_key) if activity.source_key else None
        if source is None:
            return ActivityFigures(activity, None, activity.manual_value, [], [])
        figures = self.figures(source)
        return ActivityFigures(
            activity, source, figures.total, figures.monthly(), figures.by_keys()
        )

    def internet_statistics(self) -> list[sources.Figures]:
        return [self.figures(source) for source in sources.all_sources() if source.internet]


def by_first_key(figures: sources.Figures) -> list[tuple[str, int | Decimal]]:
    """The breakdown added up by its first key (e.g. the channel), largest first."""
    sums: dict = {}
    for keys, value in figures.by_keys():
        sums[keys[0]] = sums.get(keys[0], 0) + value
    return sorted(sums.items(), key=lambda item: (-item[1], item[0]))
