"""Typed shapes of the exhibition endpoints, as the OpenAPI document publishes them."""

import datetime
from typing import Any, Literal

from ninja import Field, Schema

from social.seo import SeoOut
from stories.api.schemas import CountryOut, PersonSummary, PlaceOut, TranslationLink

from ..enums import TourStopStatus, VenueKind

ImageObject = dict[str, Any]


class VenueOut(Schema):
    id: int
    code: str = Field(description="Short and the same in every language; QR codes carry it.")
    kind: VenueKind
    locale: str
    name: str
    city: str
    country: CountryOut | None
    address: str
    latitude: float | None
    longitude: float | None
    email: str
    phone: str
    website: str


class VenueList(Schema):
    count: int
    items: list[VenueOut]


class TourStopOut(Schema):
    id: int
    venue: VenueOut
    starts_on: datetime.date
    ends_on: datetime.date
    status: TourStopStatus
    visitors: int | None = Field(description="Counted visitors; only for a stop held.")
    opening_photos: list[ImageObject]
    is_example: bool = Field(description="Made-up demonstration dates and numbers.")


class TourOut(Schema):
    past: list[TourStopOut] = Field(description="Stops that closed before today, latest first.")
    coming: list[TourStopOut] = Field(description="Stops open today or later, soonest first.")


class StoryLink(Schema):
    id: int
    locale: str
    slug: str
    title: str
    url: str


class AudioOut(Schema):
    kind: Literal["file", "embed"]
    provider: str
    url: str
    embed_url: str | None


class VideoOut(Schema):
    provider: Literal["youtube"]
    url: str
    embed_url: str


class ExhibitOut(Schema):
    id: int
    key: str = Field(description="The same in every language.")
    code: str | None = Field(description="The short link's code, printed as a QR code.")
    short_url: str | None
    anchor: str | None = Field(description="The exhibit's fragment on the exhibition page.")
    locale: str
    title: str
    caption: str
    image: ImageObject | None = Field(description="An image object, see /images/{id}.")
    year: int | None
    people: list[PersonSummary]
    place: PlaceOut | None
    story: StoryLink | None = Field(description="Only a story the public may read.")
    audio: AudioOut | None
    video: VideoOut | None


class SectionOut(Schema):
    id: int
    slug: str
    title: str
    introduction: str
    exhibits: list[ExhibitOut]


class ExhibitionSummary(Schema):
    id: int
    type: Literal["exhibitions.ExhibitionPage"] = "exhibitions.ExhibitionPage"
    locale: str = Field(description="The language this item is served in.")
    requested_locale: str
    is_fallback: bool
    slug: str
    title: str
    year: int
    url: str
    excerpt: str
    cover_image: ImageObject | None
    stops_held: int = Field(description="Tour stops held so far: the strategy's indicator.")


class ExhibitionList(Schema):
    count: int
    items: list[ExhibitionSummary]


class ExhibitionDetail(ExhibitionSummary):
    introduction: str
    curator_text: str
    credits: str
    sections: list[SectionOut]
    tour: TourOut
    translations: list[TranslationLink]
    seo: SeoOut = Field(description="Title, description, canonical URL, Open Graph and hreflang.")
