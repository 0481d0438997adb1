"""The entrant's private status link: a signed token naming the entry and its key.

The key is random per entry, so a token cannot be made from the reference alone, and
the signature means a tampered token is refused without a database query.
"""

from django.core import signing

SALT = "contests.entry-status"


def make_status_token(entry) -> str:
    return signing.dumps({"r": entry.reference, "k": entry.status_key}, salt=SALT, compress=True)


def read_status_token(token: str) -> tuple[str, str] | None:
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not {"r", "k"} <= set(data):
        return None
    return str(data["r"]), str(data["k"])
