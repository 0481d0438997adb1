"""Small lookups remembered in the process for one content version.

Locale ids, the hidden branches of the page tree, the site roots and the private
collections change only with content that replaces the content version, and are
read on every uncached request. Keeping them in the shared cache costs a round trip
and an unpickle each time (on Redis, several per request); keeping them here costs a
dictionary lookup. Each value is stored under the version it was read for, so the
first request after any process commits a change (and reads the new version from the
database) builds it afresh: nothing is ever served from an older version.
"""

import threading

from .content_version import content_version

_lock = threading.Lock()
# (token, values): replaced as a whole, so a reader never pairs a token with the
# values of another.
_state: tuple[str | None, dict[str, object]] = (None, {})


def remembered(name: str, build):
    """``build()``'s value for the current content version, built once per process."""
    global _state
    token = content_version().token
    remembered_token, values = _state
    if remembered_token == token and name in values:
        return values[name]
    value = build()
    with _lock:
        remembered_token, values = _state
        if remembered_token != token:
            values = {}
        _state = (token, {**values, name: value})
    return value


def forget() -> None:
    """Drop every remembered value (the bench's cold requests, tests)."""
    global _state
    with _lock:
        _state = (None, {})
