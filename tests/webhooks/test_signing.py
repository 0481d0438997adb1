"""Signatures as the Standard Webhooks specification makes them, and secrets as it
writes them, checked against the specification's own test vector and the README's
receiver code."""

import base64
import time

import pytest

from django.core.exceptions import ImproperlyConfigured

from webhooks import secrets, signing

from .receiver import readme_verify

# The test vector of the Standard Webhooks reference libraries (libraries/python/tests).
VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
VECTOR_TIMESTAMP = 1614265330
VECTOR_BODY = '{"test": 2432232314}'
VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_signature_matches_the_specifications_test_vector():
    assert (
        signing.signature(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY)
        == VECTOR_SIGNATURE
    )
    headers = signing.headers(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY)
    assert headers == {
        "webhook-id": VECTOR_ID,
        "webhook-timestamp": "1614265330",
        "webhook-signature": VECTOR_SIGNATURE,
    }


def test_the_readme_receiver_accepts_the_vector_and_refuses_changes():
    verify = readme_verify()
    headers = signing.headers(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY)
    body = VECTOR_BODY.encode()
    # The vector's timestamp is years old: the receiver's tolerance is widened for it.
    assert verify(VECTOR_SECRET, headers, body, tolerance=10**10)
    assert not verify(VECTOR_SECRET, headers, body)  # too old with the default 5 minutes
    assert not verify(VECTOR_SECRET, headers, body[:-1] + b"5}", tolerance=10**10)
    other = secrets.new_secret()
    assert not verify(other, headers, body, tolerance=10**10)
    now = int(time.time())
    fresh = signing.headers(VECTOR_SECRET, VECTOR_ID, now, VECTOR_BODY)
    assert verify(VECTOR_SECRET, fresh, body)
    # Several signatures (a rotation): any valid one is enough.
    fresh["webhook-signature"] = "v1,AAAA " + fresh["webhook-signature"]
    assert verify(VECTOR_SECRET, fresh, body)
    assert not verify(VECTOR_SECRET, {**fresh, "webhook-timestamp": "soon"}, body)
    assert not verify(VECTOR_SECRET, {}, body)


def test_new_secrets_have_the_standard_form_and_are_never_alike():
    made = {secrets.new_secret() for _ in range(50)}
    assert len(made) == 50
    for secret in made:
        assert secret.startswith("whsec_")
        assert len(base64.b64decode(secret.removeprefix("whsec_"))) == 32


def test_secrets_are_stored_encrypted_under_the_configured_key(settings):
    secret = secrets.new_secret()
    token = secrets.encrypt(secret)
    assert secret not in token
    assert secret.removeprefix("whsec_") not in token
    assert secrets.decrypt(token) == secret
    settings.WEBHOOK_SECRET_KEY = "another key"
    with pytest.raises(ImproperlyConfigured, match="Rotate"):
        secrets.decrypt(token)
