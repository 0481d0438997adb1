"""Signing the way the Standard Webhooks specification says.

``webhook-signature`` is ``v1,`` + base64(HMAC-SHA256(key, "<id>.<timestamp>.<body>")),
the key being the secret's decoded bytes; receivers check it with any Standard Webhooks
library or the ten lines in the README.
"""

import base64
import hashlib
import hmac

from .secrets import key_bytes


def signature(secret: str, webhook_id: str, timestamp: int, body: str) -> str:
    signed = f"{webhook_id}.{timestamp}.{body}".encode()
    digest = hmac.new(key_bytes(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def headers(secret: str, webhook_id: str, timestamp: int, body: str) -> dict[str, str]:
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature(secret, webhook_id, timestamp, body),
    }
