"""Oversized bodies are refused with 413 before anything reads them."""

import pytest

from django.contrib.auth import get_user_model
from django.test import override_settings

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("small_limits"),
]
MULTIPART = "multipart/form-data; boundary=xyz"


@pytest.fixture
def small_limits():
    with override_settings(MAX_ANONYMOUS_REQUEST_BODY_SIZE=1_000, MAX_REQUEST_BODY_SIZE=5_000):
        yield


def multipart_file(size):
    return (
        b'--xyz\r\nContent-Disposition: form-data; name="files[]"; filename="big.jpg"\r\n'
        b"Content-Type: image/jpeg\r\n\r\n" + b"\xff" * size + b"\r\n--xyz--\r\n"
    )


@pytest.mark.parametrize("url", ["/admin/login/", "/admin/images/multiple/add/", "/ky/"])
def test_an_anonymous_upload_is_refused_unread(client, url):
    response = client.generic("POST", url, multipart_file(2_000), content_type=MULTIPART)
    assert response.status_code == 413
    assert b"1000" in response.content  # the limit, in the reader's language


def test_the_api_answers_a_problem_document(client):
    response = client.generic("POST", "/api/v1/stories", multipart_file(2_000), MULTIPART)
    assert response.status_code == 413
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 413


def test_a_sign_in_form_fits(client):
    response = client.post("/admin/login/", {"username": "nobody", "password": "wrong"})
    assert response.status_code == 200


def test_signed_in_users_may_send_an_upload_up_to_the_larger_limit(client):
    client.force_login(get_user_model().objects.create_superuser("uploader", password="x"))
    response = client.generic(
        "POST", "/admin/images/multiple/add/", multipart_file(2_000), content_type=MULTIPART
    )
    assert response.status_code == 200  # read, and refused by the upload form as not an image
    too_big = client.generic(
        "POST", "/admin/images/multiple/add/", multipart_file(6_000), content_type=MULTIPART
    )
    assert too_big.status_code == 413


def test_a_malformed_length_is_a_bad_request(client):
    response = client.generic("POST", "/admin/login/", b"", CONTENT_LENGTH="lots")
    assert response.status_code == 400


def test_the_default_limit_is_above_the_largest_upload(settings):
    largest = max(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
    assert largest < 22 * 1024 * 1024
