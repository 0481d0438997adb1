"""Links from each figure to the story list narrowed to the stories behind it."""

import datetime
from urllib.parse import urlencode

from django.urls import reverse

from .schemas import MonitorQuery

# The story list's parameter for each dimension.
PARAMETER = {"region": "place", "sector": "sector", "kind": "contribution", "country": "country"}


def _request_filters(query: MonitorQuery, language: str) -> dict[str, str]:
    values = query.model_dump(exclude={"group_by"}, exclude_none=True, mode="json")
    values["locale"] = language
    return {
        name: str(value).lower() if isinstance(value, bool) else str(value)
        for name, value in values.items()
    }


def _year_range(query: MonitorQuery, year: int) -> dict[str, str] | None:
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if query.published_from:
        start = max(start, query.published_from)
    if query.published_to:
        end = min(end, query.published_to)
    if start > end:
        return None
    return {"published_from": start.isoformat(), "published_to": end.isoformat()}


def stories_url(query: MonitorQuery, language: str, group_by: str | None, key: str | None):
    """The story list's URL for a group (``group_by=None``: the totals); ``None`` for
    the stories that do not state what they are grouped by."""
    parameters = _request_filters(query, language)
    if group_by is not None:
        if key is None:
            return None
        if group_by == "year":
            narrowed = _year_range(query, int(key))
            if narrowed is None:
                return None
            parameters.update(narrowed)
        elif group_by == "region":
            place = key.rsplit("/", 1)[-1]
            parameters["place"] = place
        else:
            parameters[PARAMETER[group_by]] = key
    path = reverse("api-v1:list_stories")
    return f"{path}?{urlencode(sorted(parameters.items()))}" if parameters else path
