"""Query parameters shared by the Content API's endpoints.

Each endpoint's accepted parameters are the fields of its query schemas, so the
OpenAPI document and the allow-list in ``http.api_endpoint`` can never disagree.
"""

from typing import Literal

from ninja import Field, Schema

from django.conf import settings

# Ids are 32-bit or 64-bit integers in the database; larger ones cannot name anything.
MAX_ID = 2**31 - 1

LANGUAGE_CODES = tuple(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)
LanguageCode = Literal[LANGUAGE_CODES]  # type: ignore[valid-type]


class LocaleQuery(Schema):
    locale: LanguageCode | None = Field(
        None,
        description="Language to serve: "
        + ", ".join(LANGUAGE_CODES)
        + ". Without it, Accept-Language decides, then the default language.",
    )


class Paging(Schema):
    limit: int = Field(20, ge=1, le=100, description="Items per page, 1–100.")
    offset: int = Field(0, ge=0, le=1_000_000, description="Items to skip.")


def parameter_names(*schemas: type[Schema]) -> frozenset[str]:
    return frozenset(name for schema in schemas for name in schema.model_fields)
