"""Typed shapes of the contribution monitor, as the OpenAPI document publishes them."""

from decimal import Decimal
from typing import Literal

from ninja import Field, Schema

from stories.api.queries import StoryFilterQuery

GroupBy = Literal["region", "sector", "kind", "country", "year"]


class MonitorQuery(StoryFilterQuery):
    """The story list's filters, and the dimension to total by."""

    group_by: GroupBy = Field(
        "region",
        description="region (with its districts), sector, kind (of contribution), "
        "country (of residence) or year (of the story date).",
    )


class CurrencyTotal(Schema):
    currency: str = Field(description="ISO 4217 code.")
    amount: Decimal = Field(description="Sum of the amounts given in this currency.")
    stories: int
    kgs_equivalent: Decimal | None = Field(
        description="The amounts with a rate, in soms; null when none of them has one."
    )
    amounts_without_rate: int = Field(description="Amounts left out of kgs_equivalent.")


class Figure(Schema):
    stories: int = Field(description="Published stories counted (each story once).")
    winner_stories: int = Field(
        description="Of these, stories of a winner or grant in published contest results."
    )
    beneficiaries: int = Field(description="Sum of the beneficiaries the stories give.")
    stories_with_beneficiaries: int
    amounts: list[CurrencyTotal]
    kgs_equivalent: Decimal | None = Field(
        description="Every amount that is in soms or has a rate, in soms; null when no "
        "amount can be converted."
    )
    amounts_without_rate: int = Field(
        description="Amounts in another currency whose story records no rate to the som: "
        "they are in `amounts` but not in kgs_equivalent."
    )
    story_ids: list[int] = Field(
        description="The stories counted, in the language served (see /stories/{id})."
    )
    stories_url: str | None = Field(
        description="The story list with the same filters narrowed to this group; null "
        "when the list cannot express the group (e.g. no place given). The list's place "
        "filter also matches a story's other places, so story_ids is the exact set."
    )


class Group(Figure):
    key: str | None = Field(
        description="Place key, sector key, kind, country code or year; null for the "
        "stories that do not state it."
    )
    label: str = Field(description="The group's name in the language served.")
    districts: list["Group"] | None = Field(
        None,
        description="With group_by=region: the region's districts. Stories placed on the "
        "region itself count for the region only.",
    )


class ContributionMonitor(Schema):
    group_by: GroupBy
    locale: str = Field(description="The language labels are served in.")
    totals: Figure = Field(description="All stories selected, each counted once.")
    groups: list[Group] = Field(
        description="A story with several sectors or kinds counts in each of them, so "
        "sector and kind groups can add up to more than the totals."
    )
