"""Subscribers' signing secrets: made here, shown once, kept only encrypted.

A secret has the Standard Webhooks form ``whsec_`` + base64 of 32 random bytes; the
receiver signs with the decoded bytes. The stored value is a Fernet token under a key
derived from ``WEBHOOK_SECRET_KEY`` (or ``SECRET_KEY``), so neither the admin nor a
copy of the database shows it.
"""

import base64
import hashlib
import secrets

from cryptography.fernet import Fernet, InvalidToken

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

PREFIX = "whsec_"
SECRET_BYTES = 32


def new_secret() -> str:
    return PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def key_bytes(secret: str) -> bytes:
    """The HMAC key: the base64 part of ``whsec_…`` decoded."""
    return base64.b64decode(secret.removeprefix(PREFIX))


def _fernet() -> Fernet:
    material = settings.WEBHOOK_SECRET_KEY or f"webhook-secrets:{settings.SECRET_KEY}"
    digest = hashlib.sha256(material.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def encrypt(secret: str) -> str:
    return _fernet().encrypt(secret.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken:
        raise ImproperlyConfigured(
            "A webhook secret cannot be decrypted: WEBHOOK_SECRET_KEY (or SECRET_KEY) "
            "changed since it was made. Rotate the subscriber's secret."
        ) from None
