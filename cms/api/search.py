"""Search across the content types apps register, in one language, best match first.

An app makes a page type searchable from its ``ready()``:
``search.register("story", SuccessStoryPage, summary_field="standfirst")``.
"""

import unicodedata
from dataclasses import dataclass

from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from django.utils.translation import gettext as _

from .frontend import frontend_url
from .http import answers, api_endpoint
from .languages import locale_ids, requested_language
from .params import LocaleQuery
from .problems import invalid_parameter
from .visibility import visible_pages

router = Router(tags=["search"])

# Results beyond this many per content type are not ranked; nobody pages that far.
MAX_RESULTS_PER_TYPE = 200


@dataclass(frozen=True)
class Searchable:
    model: type
    summary_field: str


_searchable: dict[str, Searchable] = {}


def register(kind: str, model, *, summary_field: str) -> None:
    _searchable[kind] = Searchable(model, summary_field)


class SearchQuery(LocaleQuery):
    q: str = Field(..., min_length=1, max_length=200, description="Words to look for.")
    type: str | None = Field(
        None, pattern=r"^[a-z_]{1,30}$", description="Only one content type: story or theme."
    )
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=10_000)


class SearchHit(Schema):
    type: str
    id: int
    locale: str
    title: str
    summary: str
    url: str
    score: float


class SearchResults(Schema):
    count: int
    items: list[SearchHit]


def search_words(text: str) -> str:
    """Words only: quotes and control characters are query syntax to the full-text
    engines, never something a reader searches for."""
    cleaned = "".join(
        " " if ch in "\"'" or unicodedata.category(ch)[0] == "C" else ch for ch in text
    )
    return " ".join(cleaned.split())


@router.get("/search", response=answers(SearchResults), summary="Search stories and themes")
@decorate_view(api_endpoint(SearchQuery))
def search(request, params: Query[SearchQuery]):
    """Searches the requested language only: a Russian query is not answered in Kyrgyz."""
    language = requested_language(request)
    locale_id = locale_ids().get(language)
    words = search_words(params.q)
    if params.type and params.type not in _searchable:
        raise invalid_parameter(
            "type",
            _("Unknown content type “%(type)s”. Use one of: %(valid)s.")
            % {"type": params.type, "valid": ", ".join(_searchable)},
        )
    hits = []
    if locale_id is None or not words:
        return {"count": 0, "items": []}
    for kind, searchable in _searchable.items():
        if params.type and params.type != kind:
            continue
        model = searchable.model
        ranked = (
            model.objects.live()
            .filter(locale_id=locale_id)
            .search(words, operator="and")
            .annotate_score("_score")[:MAX_RESULTS_PER_TYPE]
        )
        scores = {page.pk: page._score for page in ranked}
        visible = visible_pages(model.objects.filter(pk__in=scores)).select_related("locale")
        for page in visible:
            hits.append(
                {
                    "type": f"{model._meta.app_label}.{model.__name__}",
                    "id": page.pk,
                    "locale": page.locale.language_code,
                    "title": page.title,
                    "summary": getattr(page, searchable.summary_field),
                    "url": frontend_url(page, request),
                    "score": float(scores[page.pk] or 0),
                }
            )
    hits.sort(key=lambda hit: (-hit["score"], hit["id"]))
    return {"count": len(hits), "items": hits[params.offset : params.offset + params.limit]}
