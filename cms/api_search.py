"""Search across stories and campaign themes, in one language, best match first."""

import unicodedata
from typing import Literal

from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from .api_cache import api_endpoint
from .api_locale import locale_ids, requested_language
from .api_visibility import visible_pages
from .frontend import frontend_url

router = Router(tags=["search"])

# Results beyond this many per content type are not ranked; nobody pages that far.
MAX_RESULTS_PER_TYPE = 200


class SearchQuery(Schema):
    q: str = Field(..., min_length=1, max_length=200, description="Words to look for.")
    locale: str | None = None
    type: Literal["story", "theme"] | None = Field(None, description="Only one content type.")
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


def _searchable():
    from campaigns.models import CampaignThemePage
    from stories.models import SuccessStoryPage

    return {
        "story": (SuccessStoryPage, "standfirst"),
        "theme": (CampaignThemePage, "statement"),
    }


def search_words(text: str) -> str:
    """Words only: quotes and control characters are query syntax to the full-text
    engines, never something a reader searches for."""
    cleaned = "".join(
        " " if ch in "\"'" or unicodedata.category(ch)[0] == "C" else ch for ch in text
    )
    return " ".join(cleaned.split())


@router.get("/search", response=SearchResults, summary="Search stories and themes")
@decorate_view(api_endpoint(query=frozenset(SearchQuery.model_fields)))
def search(request, params: Query[SearchQuery]):
    """Searches the requested language only: a Russian query is not answered in Kyrgyz."""
    language = requested_language(request)
    locale_id = locale_ids().get(language)
    words = search_words(params.q)
    hits = []
    if locale_id is None or not words:
        return {"count": 0, "items": []}
    for kind, (model, summary_field) in _searchable().items():
        if params.type and params.type != kind:
            continue
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
                    "summary": getattr(page, summary_field),
                    "url": frontend_url(page, request),
                    "score": float(scores[page.pk] or 0),
                }
            )
    hits.sort(key=lambda hit: (-hit["score"], hit["id"]))
    return {"count": len(hits), "items": hits[params.offset : params.offset + params.limit]}
