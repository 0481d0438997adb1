"""Typed shapes of the social package endpoints, as the OpenAPI document publishes them."""

from typing import Annotated, Literal

from ninja import Field, Schema

from cms.api.params import LocaleQuery

from .channels import CHANNEL_CODES

ChannelCode = Literal[CHANNEL_CODES]  # type: ignore[valid-type]


class SocialQuery(LocaleQuery):
    channel: ChannelCode | None = Field(
        None,
        description="One channel's package: "
        + ", ".join(CHANNEL_CODES)
        + ". Without it, every channel's package.",
    )


class SocialZipQuery(LocaleQuery):
    channels: str | None = Field(
        None,
        max_length=200,
        description="Comma-separated channels to include ("
        + ", ".join(CHANNEL_CODES)
        + "); all of them without it.",
        examples=["telegram,instagram"],
    )


class ChannelOut(Schema):
    code: ChannelCode
    name: str
    text_limit: int | None = Field(description="Hard limit of a text post; null: none known.")
    caption_limit: int | None = Field(description="Hard limit of a photo caption.")
    max_hashtags: int
    unit: Literal["utf16", "code_points"] = Field(description="How the limits are counted.")
    link_placement: Literal["text", "bio", "attachment"] = Field(
        description="text: in the text; bio: not clickable in posts, put it in the profile "
        "or a story link sticker; attachment: the post's one link, also in the text."
    )
    image_crop: str


class LinkOut(Schema):
    url: str = Field(description="The item on the portal, with utm_source/medium/campaign.")
    in_text: bool


class PackageImageOut(Schema):
    id: int
    crop: str = Field(description="feed 1080×1350, square 1080×1080, link_card 1200×630 …")
    url: str | None = Field(description="JPEG; null until the rendition has been made.")
    width: int
    height: int
    alt: str


class SocialPackageOut(Schema):
    type: Literal["package"] = "package"
    kind: str
    id: int
    locale: str
    requested_locale: str
    is_fallback: bool
    channel: ChannelOut
    text: str = Field(description="The post, ready to paste: body, link, hashtags, credit.")
    length: int = Field(description="The text's length as the channel counts it.")
    limit: int | None = Field(description="The limit that applies (caption with a photo).")
    truncated: bool = Field(description="The body was shortened to fit.")
    overridden: bool = Field(description="The body is the editors' own text for the channel.")
    hashtags: list[str]
    link: LinkOut
    image: PackageImageOut | None
    credit: str = Field(description="The photo's credit line, also in the text; never cut.")


class SocialItemOut(Schema):
    type: Literal["channels"] = "channels"
    kind: str
    id: int
    locale: str
    requested_locale: str
    is_fallback: bool
    title: str
    url: str
    zip_url: str = Field(description="Every channel's package as a ZIP, for posting by hand.")
    packages: list[SocialPackageOut]


# One operation, two shapes: ``type`` says which (a discriminated union for typed clients).
SocialOut = Annotated[SocialPackageOut | SocialItemOut, Field(discriminator="type")]
