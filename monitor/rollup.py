"""The monitor's arithmetic, on plain facts: what a group of stories adds up to.

Kept apart from the database so that the sums can be checked against a table worked
out by hand. A story counts once in the totals and once in each group it belongs to:
a village counts for its district and its region, and a story with two sectors or
two kinds of contribution counts (with its whole amount) in both.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from stories.enums import ContributionKind
from stories.rates import som_equivalent

NOT_STATED = None
KIND_ORDER = {kind: position for position, kind in enumerate(ContributionKind.values)}


@dataclass(frozen=True)
class StoryFacts:
    """What the monitor reads of one published story (in the language it is served in)."""

    id: int
    story_date: datetime.date
    place_path: str | None = None
    country: str | None = None
    sectors: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    amount: Decimal | None = None
    currency: str = ""
    kgs_rate: Decimal | None = None
    beneficiaries: int | None = None
    winner: bool = False

    @property
    def region(self) -> str | None:
        return self.place_path.split("/")[0] if self.place_path else NOT_STATED

    @property
    def district(self) -> str | None:
        parts = self.place_path.split("/") if self.place_path else []
        return parts[1] if len(parts) > 1 else NOT_STATED

    def keys(self, group_by: str) -> tuple[str | None, ...]:
        if group_by == "region":
            return (self.region,)
        if group_by == "sector":
            return tuple(dict.fromkeys(self.sectors)) or (NOT_STATED,)
        if group_by == "kind":
            return tuple(dict.fromkeys(self.kinds)) or (NOT_STATED,)
        if group_by == "country":
            return (self.country,)
        if group_by == "year":
            return (str(self.story_date.year),)
        raise ValueError(group_by)


@dataclass
class CurrencySum:
    currency: str
    amount: Decimal = Decimal("0.00")
    stories: int = 0
    kgs_equivalent: Decimal | None = None
    amounts_without_rate: int = 0


@dataclass
class Totals:
    stories: int = 0
    winner_stories: int = 0
    beneficiaries: int = 0
    stories_with_beneficiaries: int = 0
    amounts: list[CurrencySum] = field(default_factory=list)
    kgs_equivalent: Decimal | None = None
    amounts_without_rate: int = 0
    story_ids: list[int] = field(default_factory=list)


@dataclass
class GroupTotals:
    key: str | None
    totals: Totals
    districts: list["GroupTotals"] | None = None


def _add(total: Decimal | None, value: Decimal) -> Decimal:
    return value if total is None else total + value


def totals(stories: list[StoryFacts]) -> Totals:
    """The figures of ``stories``, each story once."""
    result = Totals()
    by_currency: dict[str, CurrencySum] = {}
    for story in stories:
        result.stories += 1
        result.story_ids.append(story.id)
        result.winner_stories += story.winner
        if story.beneficiaries is not None:
            result.beneficiaries += story.beneficiaries
            result.stories_with_beneficiaries += 1
        if story.amount is None or not story.currency:
            continue
        line = by_currency.setdefault(story.currency, CurrencySum(story.currency))
        line.amount += story.amount
        line.stories += 1
        equivalent = som_equivalent(story.amount, story.currency, story.kgs_rate)
        if equivalent is None:
            line.amounts_without_rate += 1
            result.amounts_without_rate += 1
        else:
            line.kgs_equivalent = _add(line.kgs_equivalent, equivalent)
            result.kgs_equivalent = _add(result.kgs_equivalent, equivalent)
    result.amounts = sorted(by_currency.values(), key=lambda line: line.currency)
    return result


def _grouped(stories: list[StoryFacts], key_of) -> dict[str | None, list[StoryFacts]]:
    groups: dict[str | None, list[StoryFacts]] = defaultdict(list)
    for story in stories:
        for key in key_of(story):
            groups[key].append(story)
    return groups


def _order(group_by: str, key: str | None, members: list[StoryFacts]):
    """Years and kinds in their own order; other groups largest first. "Not stated" last."""
    if group_by == "year":
        return (key is NOT_STATED, key or "")
    if group_by == "kind":
        return (key is NOT_STATED, KIND_ORDER.get(key, len(KIND_ORDER)))
    return (key is NOT_STATED, -len(members), key or "")


def rollup(stories: list[StoryFacts], group_by: str) -> list[GroupTotals]:
    """The groups of ``stories`` by ``group_by``; regions carry their districts."""
    groups = _grouped(stories, lambda story: story.keys(group_by))
    result = []
    for key, members in sorted(groups.items(), key=lambda item: _order(group_by, *item)):
        districts = None
        if group_by == "region" and key is not NOT_STATED:
            by_district = _grouped(members, lambda story: (story.district,))
            districts = [
                GroupTotals(district, totals(inside))
                for district, inside in sorted(
                    by_district.items(), key=lambda item: _order("district", *item)
                )
                if district is not NOT_STATED
            ]
        result.append(GroupTotals(key, totals(members), districts))
    return result
