"""Reporting tokens: made once, shown once, kept hashed, matched with one query.

The bearer token is ``mkm_`` and 43 random URL-safe characters; the admin lists the
first characters (``prefix``) so a coordinator can tell tokens apart without the
secret. Using a token records when (at most once a minute, to spare writes).
"""

import datetime
import hashlib
import secrets

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.api.problems import Problem

from .models import ReportingToken

TOKEN_START = "mkm_"  # noqa: S105 (a marker, not a secret)
PREFIX_LENGTH = 10
LAST_USED_PRECISION = datetime.timedelta(minutes=1)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue(token: ReportingToken) -> str:
    """Give ``token`` (unsaved or saved) a new secret; returns the secret to show once."""
    secret = TOKEN_START + secrets.token_urlsafe(32)
    token.prefix = secret[:PREFIX_LENGTH]
    token.key_hash = digest(secret)
    return secret


class Unauthorised(Problem):
    def __init__(self, detail: str, status: int = 401):
        title = _("Not authorised") if status == 401 else _("Token revoked")
        challenge = 'Bearer realm="metrics"' + ("" if status == 401 else ', error="invalid_token"')
        super().__init__(status, title, detail, headers={"WWW-Authenticate": challenge})


def authenticate(request) -> ReportingToken:
    """The token named by ``Authorization: Bearer …``; 401 without a known one, 403 revoked."""
    header = request.headers.get("Authorization", "")
    scheme, _space, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise Unauthorised(_("Send a reporting token: Authorization: Bearer <token>."))
    token = ReportingToken.objects.filter(key_hash=digest(secret.strip())).first()
    if token is None:
        raise Unauthorised(_("This reporting token is not known."))
    if token.is_revoked:
        raise Unauthorised(_("This reporting token was revoked."), status=403)
    now = timezone.now()
    ReportingToken.objects.filter(pk=token.pk).filter(
        Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - LAST_USED_PRECISION)
    ).update(last_used_at=now)
    return token
