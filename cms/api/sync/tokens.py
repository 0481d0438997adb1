"""Sync tokens: signed, timestamped and opaque to the client.

A token carries the language, the sequence number the client's copy is complete up to
(``since``) and, while a client pages through one answer, how far it has read
(``after``) and above which sequence number tombstones concern it (``floor``). A token
older than ``SYNC_TOKEN_MAX_AGE`` is refused with 410 and a forged or damaged one with
400: both tell the client to start over without a token, never a silent full dump.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.utils.translation import gettext as _

from ..params import LANGUAGE_CODES
from ..problems import Problem

SALT = "mekendesh.api.sync"


@dataclass(frozen=True)
class Cursor:
    language: str
    since: int
    after: int
    floor: int


def sync_token(language: str, sequence: int) -> str:
    return signing.dumps({"l": language, "s": sequence}, salt=SALT, compress=True)


def page_token(cursor: Cursor) -> str:
    data = {"l": cursor.language, "s": cursor.since, "a": cursor.after, "f": cursor.floor}
    return signing.dumps(data, salt=SALT, compress=True)


def read_token(token: str) -> Cursor:
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.SYNC_TOKEN_MAX_AGE)
    except signing.SignatureExpired:
        raise expired() from None
    except (signing.BadSignature, ValueError, UnicodeError):
        raise invalid() from None
    if not isinstance(data, dict) or data.get("l") not in LANGUAGE_CODES:
        raise invalid()
    since = data.get("s")
    after = data.get("a", since)
    floor = data.get("f", since)
    numbers = (since, after, floor)
    if not all(type(n) is int and n >= 0 for n in numbers) or not since <= after:
        raise invalid()
    return Cursor(data["l"], since, after, floor)


def expired() -> Problem:
    return Problem(
        410,
        _("Sync token expired"),
        _("This token is too old to continue from. Start over: sync without a token."),
        param="token",
    )


def invalid() -> Problem:
    return Problem(
        400,
        _("Invalid sync token"),
        _("This is not a token this server gave. Start over: sync without a token."),
        param="token",
    )
