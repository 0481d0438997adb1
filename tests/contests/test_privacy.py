"""Entries are private: no public endpoint of either API, nor search, shows them."""

import pytest

from django.core.files.storage import default_storage

from contests.models import EntryFile

from .conftest import award_data, jpeg, pdf, post_entry

pytestmark = pytest.mark.django_db

SECRET_TITLE = "Жашыруун-долбоор-XQ7"
SECRET_EMAIL = "secret-entrant-xq7@example.org"

PUBLIC_URLS = [
    "/api/v1/contests",
    "/api/v1/contests?locale=en",
    "/api/v1/search?q=Жашыруун-долбоор-XQ7",
    "/api/v1/search?q=XQ7",
    "/api/v1/stories",
    "/api/v1/images",
    "/api/v1/people",
    "/api/v2/pages/?search=XQ7",
    "/api/v2/pages/?fields=*",
    "/api/v2/images/",
    "/api/v2/documents/",
]


def test_no_public_endpoint_shows_an_entry(client, award_edition, taxonomy):
    data = award_data(
        taxonomy, title=SECRET_TITLE, email=SECRET_EMAIL, photos=[jpeg()], documents=[pdf()]
    )
    created = post_entry(client, award_edition, data)
    assert created.status_code == 201
    urls = [*PUBLIC_URLS, f"/api/v1/contests/{award_edition.pk}"]
    names = [row.file.name for row in EntryFile.objects.all()]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 400), url
        text = response.content.decode()
        assert SECRET_TITLE not in text, url
        assert SECRET_EMAIL not in text, url
        assert created.json()["reference"] not in text, url
        for name in names:
            assert name.rsplit("/", 1)[-1] not in text, url


def test_entry_files_have_no_public_url(client, award_edition, taxonomy):
    post_entry(client, award_edition, award_data(taxonomy, photos=[jpeg()]))
    row = EntryFile.objects.get()
    assert client.get(f"/media/{row.file.name}").status_code == 404
    # The storage's own link is the signed admin-only one, refused anonymously.
    link = default_storage.url(row.file.name)
    assert client.get(link).status_code in (302, 403, 404)
