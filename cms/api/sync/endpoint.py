"""``GET /api/v1/sync``: everything an offline app shows, then only what changed."""

from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from django.conf import settings
from django.utils.translation import gettext as _

from ..http import answers, api_endpoint
from ..languages import requested_language
from ..params import LocaleQuery
from ..problems import Problem, ProblemOut
from ..rendering import json_response
from .ledger import current_state, entries_after
from .tokens import Cursor, expired, page_token, read_token, sync_token

router = Router(tags=["sync"])


class SyncQuery(LocaleQuery):
    token: str | None = Field(
        None,
        max_length=4000,
        description="`next_page_token` or `next_sync_token` of the previous answer; "
        "without it, the answer is everything, from an empty copy.",
    )


class SyncItemOut(Schema):
    type: str = Field(
        description="stories, themes, contests, exhibitions, places, countries, sectors, "
        "people or images"
    )
    id: int
    data: dict = Field(description="The item as its own endpoint shows it.")


class SyncRemovedOut(Schema):
    type: str
    id: int


class SyncOut(Schema):
    locale: str
    items: list[SyncItemOut] = Field(description="Items new or changed: replace by type and id.")
    removed: list[SyncRemovedOut] = Field(description="Items the public no longer sees.")
    next_page_token: str | None = Field(
        description="More follows: ask again with this token before using the copy."
    )
    next_sync_token: str | None = Field(
        description="The copy is complete: keep this token to ask for the next changes."
    )


@router.get(
    "/sync",
    response={**answers(SyncOut), 410: ProblemOut},
    summary="Delta sync for offline apps",
)
@decorate_view(api_endpoint(SyncQuery, public=False))
def sync(request, query: Query[SyncQuery]):
    """Without a token: every public story, theme, contest edition with published
    results, exhibition, the places, countries, sectors and people they name and the
    image objects they show, in pages. With the last answer's token: only the items
    created or changed since, and the ids of those that left. A token is valid for
    ``SYNC_TOKEN_MAX_AGE``; an expired one is a 410, a damaged one a 400: start over."""
    cursor = read_token(query.token) if query.token else None
    language = requested_language(request)
    if cursor is not None:
        if query.locale is not None and query.locale != cursor.language:
            raise Problem(
                400,
                _("Invalid query parameter"),
                _("This token is for the locale “%(code)s”.") % {"code": cursor.language},
                param="locale",
            )
        language = cursor.language
    state = current_state(language, request)
    if cursor is None:
        cursor = Cursor(language, since=0, after=0, floor=state.sequence)
    elif cursor.after > state.sequence:
        raise expired()
    size = settings.SYNC_PAGE_SIZE
    rows = entries_after(
        language, after=cursor.after, floor=cursor.floor, upto=state.sequence, limit=size + 1
    )
    more = len(rows) > size
    rows = rows[:size]
    items = [
        {"type": kind, "id": pk, "data": payload}
        for kind, pk, _sequence, gone, payload in rows
        if not gone
    ]
    removed = [{"type": kind, "id": pk} for kind, pk, _sequence, gone, _payload in rows if gone]
    next_page = sync_next = None
    if more:
        next_page = page_token(
            Cursor(language, cursor.since, after=rows[-1][2], floor=cursor.floor)
        )
    else:
        sync_next = sync_token(language, state.sequence)
    return json_response(
        {
            "locale": language,
            "items": items,
            "removed": removed,
            "next_page_token": next_page,
            "next_sync_token": sync_next,
        }
    )
