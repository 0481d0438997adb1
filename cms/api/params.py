"""Query parameters shared by the Content API's endpoints.

Each endpoint's accepted parameters are the fields of its query schemas, so the
OpenAPI document and the allow-list in ``http.api_endpoint`` can never disagree.
"""

from typing import ClassVar, Literal

from ninja import Field, Schema

from django.conf import settings
from django.utils.translation import gettext as _

from .problems import invalid_parameter

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


def selection(name: str, value: str | None, valid: tuple[str, ...]) -> frozenset[str] | None:
    """``None`` when the parameter is absent; else the named values, all of them valid."""
    if value is None:
        return None
    names = [part.strip() for part in value.split(",") if part.strip()]
    unknown = sorted({part for part in names if part not in valid})
    if unknown:
        raise invalid_parameter(
            name,
            _("Unknown value for %(name)s: %(unknown)s. Valid values: %(valid)s.")
            % {"name": name, "unknown": ", ".join(unknown)[:200], "valid": ", ".join(valid)},
            valid_values=list(valid),
        )
    return frozenset(names)


def sparse_fieldset(item: type[Schema], renditions: tuple[str, ...] = ()) -> type[Schema]:
    """Query parameters that trim a list's items: ``fields`` (the item schema's fields)
    and, when the items show images, ``renditions`` (the presets to include).

    The valid values are read from ``item`` itself, so the document, the allow-list and
    the check cannot disagree. ``id`` is always sent, so items stay addressable.
    """
    valid_fields = tuple(item.model_fields)
    annotations = {
        "fields": str | None,
        "valid_fields": ClassVar[tuple[str, ...]],
        "valid_renditions": ClassVar[tuple[str, ...]],
    }
    namespace = {
        "__annotations__": annotations,
        "__module__": __name__,
        "__doc__": f"Sparse fieldset of {item.__name__}.",
        "valid_fields": valid_fields,
        "valid_renditions": renditions,
        "fields": Field(
            None,
            max_length=1000,
            description=_SPARSE_DOC % ", ".join(valid_fields),
            examples=["id,title,hero_image"],
        ),
    }
    if renditions:
        annotations["renditions"] = str | None
        namespace["renditions"] = Field(
            None,
            max_length=1000,
            description=_RENDITIONS_DOC % ", ".join(renditions),
            examples=["card.webp,thumbnail.webp"],
        )
    return type(f"{item.__name__}Fieldset", (Schema, _Sparse), namespace)


_SPARSE_DOC = (
    "Comma-separated fields to send for each item, e.g. `id,title,hero_image`; the others "
    "are left out (`id` is always sent). Valid values: %s."
)
_RENDITIONS_DOC = (
    "Comma-separated renditions to send in image objects: a preset (both formats) or "
    "`<preset>.<format>`; empty for none. Without it, every existing rendition is sent. "
    "Valid values: %s."
)


class _Sparse:
    valid_fields: ClassVar[tuple[str, ...]] = ()
    valid_renditions: ClassVar[tuple[str, ...]] = ()

    def selected_fields(self) -> frozenset[str] | None:
        selected = selection("fields", self.fields, self.valid_fields)
        return None if selected is None else selected | {"id"}

    def selected_renditions(self) -> frozenset[str] | None:
        return selection("renditions", getattr(self, "renditions", None), self.valid_renditions)
