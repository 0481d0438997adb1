"""Typed shapes of the story endpoints, as the OpenAPI document publishes them."""

import datetime
from decimal import Decimal
from typing import Any, Literal

from ninja import Field, Schema

from social.seo import SeoOut
from stories.enums import ContributionKind


class TranslationLink(Schema):
    locale: str
    id: int
    slug: str
    url: str


class PlaceOut(Schema):
    id: int
    key: str
    name: str
    kind: str
    path: str = Field(
        description="Keys from the top of the tree, e.g. batken/leilek-district/maksat."
    )
    latitude: float | None
    longitude: float | None


class CountryOut(Schema):
    code: str
    name: str


class SectorOut(Schema):
    id: int
    key: str
    name: str


class KgsRateOut(Schema):
    rate: Decimal = Field(description="Soms for one unit of the amount's currency.")
    date: datetime.date
    source: str = Field(description="Where the rate comes from, in the served language.")


class PersonSummary(Schema):
    id: int
    name: str
    role: str
    locale: str


class ThemeSummary(Schema):
    id: int
    slug: str
    title: str
    kind: str
    locale: str
    url: str


class StorySummary(Schema):
    id: int
    type: Literal["stories.SuccessStoryPage"] = "stories.SuccessStoryPage"
    locale: str = Field(description="The language this item is served in.")
    requested_locale: str
    is_fallback: bool = Field(description="True when the item is not in the requested language.")
    slug: str
    title: str
    standfirst: str
    story_date: datetime.date
    url: str = Field(description="Where the public reads it, on the front-end.")
    hero_image: dict[str, Any] | None = Field(description="An image object, see /images/{id}.")
    place: PlaceOut | None
    country_of_residence: CountryOut | None
    heroes: list[PersonSummary]
    sectors: list[SectorOut]
    themes: list[ThemeSummary]
    contributions: list[ContributionKind]
    sdgs: list[int]
    amount: Decimal | None
    currency: str
    kgs_rate: KgsRateOut | None = Field(
        description="The rate to the som the editors recorded for the amount, if any."
    )
    kgs_equivalent: Decimal | None = Field(
        description="The amount in soms (at kgs_rate for another currency); null without "
        "an amount or a needed rate."
    )
    beneficiaries: int | None
    has_video: bool
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None
    translations: list[TranslationLink]


class Block(Schema):
    type: str
    id: str
    value: Any


class StoryDetail(StorySummary):
    body: list[Block]
    sources: list[Block]
    excerpt: str = Field(description="Plain text from the start of the body, for previews.")
    seo: SeoOut = Field(description="Title, description, canonical URL, Open Graph and hreflang.")


class StoryList(Schema):
    count: int
    items: list[StorySummary]
