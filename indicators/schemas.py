"""The typed body and answer of ``POST /api/v1/metrics``."""

import datetime

from ninja import Field, Schema
from pydantic import ConfigDict

from cms.api.params import MAX_ID

from .enums import Channel, Metric

MAX_COUNTS = 1000
MAX_VALUE = 10**12


class ItemIn(Schema):
    model_config = ConfigDict(extra="forbid")

    type: str = Field(
        ...,
        max_length=30,
        description="The kind of item: `story`, `theme`, `contest`, `exhibition`, or `site` "
        "for the site, app or channel account as a whole (subscribers).",
        examples=["story"],
    )
    id: int | None = Field(
        None, ge=1, le=MAX_ID, description="The item's id in the Content API; none for `site`."
    )


class CountIn(Schema):
    model_config = ConfigDict(extra="forbid")

    item: ItemIn
    channel: Channel
    day: datetime.date = Field(..., description="The local day counted; not in the future.")
    metric: Metric
    value: int = Field(
        ...,
        ge=0,
        le=MAX_VALUE,
        description="The day's count (a level for `subscribers`); a resend replaces it.",
    )


class MetricsIn(Schema):
    model_config = ConfigDict(extra="forbid")

    counts: list[CountIn] = Field(..., min_length=1, max_length=MAX_COUNTS)


class MetricsOut(Schema):
    received: int = Field(description="Counts in the request.")
    created: int = Field(description="Counts not known before.")
    replaced: int = Field(description="Counts that replaced an earlier report of the same day.")
