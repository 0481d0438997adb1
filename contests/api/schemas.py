"""The shapes of the contests' API answers."""

import datetime

from ninja import Field, Schema

from social.seo import SeoOut


class ChoiceOut(Schema):
    value: str
    label: str


class FormFieldOut(Schema):
    name: str
    type: str
    label: str
    required: bool
    help_text: str
    choices: list[ChoiceOut]
    max_length: int | None
    max_files: int | None
    required_when: dict[str, str] | None


class EntryFormOut(Schema):
    """What the portal needs to draw the entry form."""

    url: str
    fields: list[FormFieldOut]
    consent_field: str
    consent_version_field: str
    privacy_notice_version: str
    honeypot_field: str
    max_files: int
    max_body_size: int


class CategoryOut(Schema):
    key: str
    name: str
    description: str


class PrizeOut(Schema):
    name: str
    amount: str | None
    currency: str
    description: str


class RuleOut(Schema):
    key: str
    text: str


class DocumentOut(Schema):
    title: str
    url: str


class KeyNameOut(Schema):
    key: str
    name: str


class StoryLinkOut(Schema):
    id: int
    slug: str
    url: str


class WinnerOut(Schema):
    """One public decision: never the entrant, their contacts, scores or jurors."""

    kind: str = Field(description="winner, grant or special_mention")
    category: KeyNameOut
    rank: int | None = Field(description="1 for the first place; null when not ranked")
    title: str = Field(description="The project's or work's title")
    place: KeyNameOut | None = Field(description="The project's place in Kyrgyzstan")
    amount: str | None = Field(description="A grant's amount")
    currency: str
    citation: str
    story: StoryLinkOut | None = Field(description="The winner's published story")


class ResultsOut(Schema):
    published_at: datetime.datetime
    winners: list[WinnerOut]


class EditionSummary(Schema):
    id: int
    locale: str
    title: str
    slug: str
    status: str
    time_zone: str
    opens_on: datetime.date
    closes_on: datetime.date
    opens_at: datetime.datetime
    closes_at: datetime.datetime
    results_on: datetime.date | None
    has_results: bool
    url: str


class EditionOut(EditionSummary):
    requested_locale: str
    is_fallback: bool
    programme_id: int
    kind: str
    judging_from: datetime.date | None
    judging_to: datetime.date | None
    results_at: datetime.datetime | None
    introduction: str
    categories: list[CategoryOut]
    prizes: list[PrizeOut]
    eligibility_rules: list[RuleOut]
    min_age: int | None
    max_age: int | None
    rules_document: DocumentOut | None
    privacy_notice: DocumentOut | None
    form: EntryFormOut | None
    results: ResultsOut | None = Field(description="Null until the results are published")
    seo: SeoOut = Field(description="Title, description, canonical URL, Open Graph and hreflang.")


class ProgrammeOut(Schema):
    id: int
    type: str = "contests.ContestProgrammePage"
    kind: str
    locale: str
    requested_locale: str
    is_fallback: bool
    slug: str
    title: str
    summary: str
    organisers: list[str]
    url: str
    editions: list[EditionSummary]


class EntryCreatedOut(Schema):
    reference: str
    status: str
    status_url: str
    status_token: str
    is_duplicate: bool


class EntryStatusOut(Schema):
    reference: str
    edition_id: int
    edition_title: str
    title: str
    state: str
    state_label: str
    reason: str | None
    sent_at: datetime.datetime
    can_withdraw: bool
    withdraw_until: datetime.datetime
