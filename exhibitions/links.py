"""Short links of exhibits: making codes, and their public address.

Codes use letters and digits that cannot be mistaken for each other when read off a
printed label (no 0/o, 1/l/i), lower case; the view accepts them in any case. Six of
them give ~887 million codes, so a clash is rare; when one happens another code is
drawn.
"""

import secrets

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse

ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH = 6
ATTEMPTS = 10


class NoFreeCode(RuntimeError):
    """Every code drawn was taken: the code length needs raising."""


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise(code: str) -> str | None:
    """A code as stored, or ``None`` when it cannot be one (so no query is made)."""
    code = (code or "").strip().lower()
    if len(code) != CODE_LENGTH or any(char not in ALPHABET for char in code):
        return None
    return code


def short_url(code: str) -> str:
    """The absolute address a QR code carries: ``SHORT_LINK_BASE_URL`` + ``/s/<code>``."""
    path = reverse("exhibitions:short_link", args=[code])
    return settings.SHORT_LINK_BASE_URL.rstrip("/") + path


def ensure_short_link(exhibit_key, *, draw=new_code):
    """The exhibit's short link, made the first time it is asked for; the same after.

    Safe to call from any save or publish path and from concurrent processes: the
    unique exhibit key settles a race, the unique code settles a clash.
    """
    from .models import ShortLink

    existing = ShortLink.objects.filter(exhibit_key=exhibit_key).first()
    if existing is not None:
        return existing
    for _attempt in range(ATTEMPTS):
        try:
            with transaction.atomic():
                return ShortLink.objects.create(code=draw(), exhibit_key=exhibit_key)
        except IntegrityError:
            existing = ShortLink.objects.filter(exhibit_key=exhibit_key).first()
            if existing is not None:
                return existing
    raise NoFreeCode(f"No free short code after {ATTEMPTS} attempts.")


def short_link_of(exhibit):
    """The short link of an exhibit (any of its translations, saved or not)."""
    return ensure_short_link(exhibit.translation_key)
