"""THE registry of indicator sources: what the CMS counts, named, and how to count it.

The indicators app never imports the apps that hold the facts: each app registers its
sources from its own ``ready()`` (a small ``<app>/indicators.py``), so an app added
later — webhook deliveries, appeals through the feedback channels — plugs in the same
way::

    from indicators import sources

    sources.register(sources.Source(
        key="tips.appeals",
        label=_("Appeals through feedback channels"),
        rows=appeal_rows,       # (period) -> iterable of sources.Row, one per month and breakdown
        breakdown=(_("Channel"),),
    ))

A source answers for a period with rows, one per month and per combination of its
breakdown (language, edition, currency…), so the dashboard draws a monthly chart and
sums a total from the same rows and the exports list the breakdown. ``aggregate``
says how months add up: ``"sum"`` for flows (views, entries), ``"last"`` for levels
(subscribers), where the period's value is its latest month's.

Apps also register the kinds of item that reporting tools may send counts for
(``register_item_type``), each with a lookup that says which ids exist.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from .periods import Period

SUM = "sum"
LAST = "last"


@dataclass(frozen=True)
class Row:
    """One figure: a month (its first day), the values of the breakdown, the count."""

    month: object  # datetime.date, the first day of the month
    keys: tuple[str, ...]
    value: int | Decimal


@dataclass(frozen=True)
class Source:
    key: str
    label: str
    rows: Callable[[Period], Iterable[Row]]
    breakdown: tuple[str, ...] = ()
    aggregate: str = SUM
    # False where the rows' values are in different units (amounts in several
    # currencies): the figures are read per breakdown, never as one total.
    summable: bool = True
    # Shown in the final report's "Internet statistics" (what the site, the app and the
    # social accounts saw, appeals through the feedback channels) rather than only as
    # the value of a plan activity.
    internet: bool = False


@dataclass(frozen=True)
class ItemType:
    """A kind of item reporting tools count views of: ``existing(ids)`` → the ids that exist.

    ``existing`` is None for the one item that needs no id (the site or app as a whole,
    e.g. its subscribers).
    """

    name: str
    label: str
    existing: Callable[[set[int]], set[int]] | None = None

    @property
    def takes_id(self) -> bool:
        return self.existing is not None


_sources: dict[str, Source] = {}
_item_types: dict[str, ItemType] = {}


def register(source: Source) -> None:
    """Add a source; registering the same key again replaces it."""
    _sources[source.key] = source


def get(key: str) -> Source | None:
    return _sources.get(key)


def all_sources() -> list[Source]:
    """In the order registered: each app's sources together, as the app lists them."""
    return list(_sources.values())


def choices() -> list[tuple[str, str]]:
    return sorted(
        ((source.key, f"{source.label} ({source.key})") for source in all_sources()),
        key=lambda choice: choice[1],
    )


def register_item_type(item_type: ItemType) -> None:
    _item_types[item_type.name] = item_type


def item_type(name: str) -> ItemType | None:
    return _item_types.get(name)


def item_type_names() -> list[str]:
    return sorted(_item_types)


@dataclass
class Figures:
    """A source's rows for a period, read once: the total, the months, the breakdown."""

    source: Source
    period: Period
    rows: list[Row] = field(default_factory=list)

    @classmethod
    def read(cls, source: Source, period: Period) -> "Figures":
        return cls(source, period, list(source.rows(period)))

    def monthly(self) -> list[tuple[object, int | Decimal]]:
        """``(month, value)`` for every month of the period, zero where nothing counted."""
        sums: dict = {}
        for row in self.rows:
            sums[row.month] = sums.get(row.month, 0) + row.value
        return [(month, sums.get(month, 0)) for month in self.period.months()]

    @property
    def total(self) -> int | Decimal | None:
        if not self.source.summable:
            return None
        if self.source.aggregate == LAST:
            counted = [value for month, value in self.monthly() if value]
            return counted[-1] if counted else 0
        return sum((row.value for row in self.rows), 0)

    def by_keys(self) -> list[tuple[tuple[str, ...], int | Decimal]]:
        """The breakdown over the whole period, largest first (latest month for levels)."""
        rows = self.rows
        if self.source.aggregate == LAST and rows:
            last = max(row.month for row in rows)
            rows = [row for row in rows if row.month == last]
        sums: dict = {}
        for row in rows:
            sums[row.keys] = sums.get(row.keys, 0) + row.value
        return sorted(sums.items(), key=lambda item: (-item[1], item[0]))
