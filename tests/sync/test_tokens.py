"""Tokens are opaque, signed and expire: a client that cannot continue is told to start
over with a problem document, never a 500 and never a silent full dump."""

import pytest

from django.core import signing
from django.utils import translation
from django.utils.translation import gettext

from cms.api.sync.models import SyncState
from cms.api.sync.tokens import SALT, sync_token

from .replica import Replica

pytestmark = pytest.mark.django_db


def start_over_messages() -> set[str]:
    """The two problems' details as a client reads them: in Kyrgyz, the default."""
    with translation.override("ky"):
        return {
            gettext("This token is too old to continue from. Start over: sync without a token."),
            gettext("This is not a token this server gave. Start over: sync without a token."),
        }


def problem(client, params):
    response = client.get("/api/v1/sync", params)
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["detail"] in start_over_messages() or body["invalid_params"][0]["name"] == "locale"
    return response.status_code, body


def test_an_expired_token_is_gone(client, settings):
    token = Replica(client, "ky").sync().token
    settings.SYNC_TOKEN_MAX_AGE = -1
    status, body = problem(client, {"token": token})
    assert status == 410
    assert body["invalid_params"] == [{"name": "token", "reason": body["detail"]}]


def test_a_token_stays_valid_for_its_max_age(client, settings):
    settings.SYNC_TOKEN_MAX_AGE = 3600
    replica = Replica(client, "ky").sync()
    assert replica.get(replica.token)["next_sync_token"]


@pytest.mark.parametrize(
    "token",
    [
        "garbage",
        "",
        "x" * 4000,
        signing.dumps({"l": "ky", "s": 0}, salt="another purpose"),
        signing.dumps({"l": "de", "s": 0}, salt=SALT),
        signing.dumps({"l": "ky", "s": -1}, salt=SALT),
        signing.dumps({"l": "ky", "s": "0"}, salt=SALT),
        signing.dumps({"l": "ky", "s": 5, "a": 2}, salt=SALT),
        signing.dumps(["ky", 0], salt=SALT),
    ],
    ids=[
        "garbage",
        "empty",
        "long",
        "another salt",
        "unknown locale",
        "negative",
        "text",
        "behind its start",
        "not an object",
    ],
)
def test_a_forged_or_damaged_token_is_refused(client, token):
    if token == "":
        # An empty token is no token: a full sync from nothing.
        assert client.get("/api/v1/sync", {"token": ""}).status_code == 200
        return
    status, body = problem(client, {"token": token})
    assert status == 400
    assert body["invalid_params"][0]["name"] == "token"


def test_a_tampered_token_is_refused(client):
    token = Replica(client, "ky").sync().token
    value, _separator, signature = token.rpartition(":")
    tampered = f"{value}:{signature[::-1]}"
    assert problem(client, {"token": tampered})[0] == 400


def test_a_token_ahead_of_the_ledger_starts_over(client):
    """The ledger was reset (a restored backup): the client cannot continue from it."""
    token = Replica(client, "ky").sync().token
    SyncState.objects.filter(language="ky").update(sequence=0)
    assert problem(client, {"token": token})[0] == 410


def test_a_token_belongs_to_its_locale(client):
    token = sync_token("ru", 0)
    assert client.get("/api/v1/sync", {"token": token, "locale": "ru"}).status_code == 200
    answer = client.get("/api/v1/sync", {"token": token}, HTTP_ACCEPT_LANGUAGE="en").json()
    assert answer["locale"] == "ru"
    status, body = problem(client, {"token": token, "locale": "ky"})
    assert status == 400
    assert body["invalid_params"][0]["name"] == "locale"


def test_sync_answers_are_private(client):
    response = client.get("/api/v1/sync", {"locale": "ky"}, HTTP_ACCEPT_ENCODING="gzip")
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Encoding"] == "gzip"
