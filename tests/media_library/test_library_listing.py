"""The image library shows and filters credit, licence and consent."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from media_library.enums import Licence, ReleaseStatus
from tests.stories.factories import ImageFactory

pytestmark = pytest.mark.django_db

INDEX = reverse("wagtailimages:index")


@pytest.fixture
def photos():
    """One photo per state, with their own tag so the demo's photos stay out of the way."""
    states = {
        "Free": {"release_status": ReleaseStatus.NOT_NEEDED, "credit_line": "Photo: A. Asanov"},
        "Released": {"release_status": ReleaseStatus.OBTAINED, "licence": Licence.CC_BY},
        "Pending": {"release_status": ReleaseStatus.PENDING},
        "Refused": {"release_status": ReleaseStatus.REFUSED, "licence": Licence.CC_BY},
        "Children": {"release_status": ReleaseStatus.PENDING, "minors_present": True},
        "Undescribed": {"release_status": ReleaseStatus.UNDESCRIBED},
    }
    created = {}
    for title, fields in states.items():
        image = ImageFactory(title=f"Library {title}", **fields)
        image.tags.add("library-test")
        created[title] = image
    return created


def listed(client, **params):
    response = client.get(INDEX, {"tag": "library-test", **params})
    assert response.status_code == 200
    return {image.title.removeprefix("Library ") for image in response.context["object_list"]}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("missing", {"Pending"}),
        ("refused", {"Refused"}),
        ("minors", {"Children"}),
        ("undescribed", {"Undescribed"}),
        ("publishable", {"Free", "Released"}),
        ("", {"Free", "Released", "Pending", "Refused", "Children", "Undescribed"}),
    ],
)
def test_filter_by_people_pictured(editor_client, photos, value, expected):
    assert listed(editor_client, consent=value) == expected


def test_filter_by_licence_and_credit(editor_client, photos):
    assert listed(editor_client, licence=Licence.CC_BY) == {"Released", "Refused"}
    assert listed(editor_client, credit="given") == {"Free"}
    assert "Free" not in listed(editor_client, credit="missing")
    assert listed(editor_client, licence=Licence.CC_BY, consent="refused") == {"Refused"}


def test_filters_apply_while_searching(editor_client, photos):
    response = editor_client.get(
        INDEX, {"q": "Library", "consent": "refused", "licence": "cc-by-4.0"}
    )
    assert response.status_code == 200
    assert [image.title for image in response.context["object_list"]] == ["Library Refused"]


def test_unknown_filter_value_is_a_form_error_not_a_crash(editor_client, photos):
    response = editor_client.get(INDEX, {"consent": "nonsense"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_list_layout_shows_credit_licence_and_consent(editor_client, photos):
    html = editor_client.get(INDEX, {"tag": "library-test", "layout": "list"}).content.decode()
    for heading in ("Credit", "Licence", "People pictured / release"):
        assert f">{heading}<" in html or heading in html
    assert "Photo: A. Asanov" in html
    assert "CC BY 4.0" in html
    assert "Release refused" in html
    assert "Minors without a release" in html
    assert "Not yet described" in html
    assert "No people pictured" in html
    assert "Release recorded" in html


def test_grid_layout_marks_photos_that_cannot_be_published(editor_client, photos):
    html = editor_client.get(INDEX, {"tag": "library-test"}).content.decode()
    assert html.count("consent-badge--blocked") == 4
    assert html.count('class="w-status consent-badge"') == 2


@pytest.mark.parametrize("layout", ["grid", "list"])
def test_listing_queries_do_not_grow_with_the_photos(editor_client, photos, layout):
    params = {"tag": "library-test", "layout": layout, "consent": ""}

    def queries():
        editor_client.get(INDEX, params)  # makes the thumbnails that are missing
        with CaptureQueriesContext(connection) as context:
            editor_client.get(INDEX, params)
        return len(context.captured_queries)

    few = queries()
    for number in range(8):
        ImageFactory(title=f"More {number}").tags.add("library-test")
    assert queries() == few
    assert few <= 30


def test_chooser_marks_photos_that_cannot_be_published(editor_client, photos):
    response = editor_client.get(reverse("wagtailimages_chooser:choose"), {"tag": "library-test"})
    assert response.status_code == 200
    html = response.json()["html"]
    assert html.count("consent-badge--blocked") == 4
    assert "Release refused" in html
    assert "Not yet described" in html

    results = editor_client.get(
        reverse("wagtailimages_chooser:choose_results"), {"tag": "library-test", "layout": "list"}
    ).content.decode()
    assert results.count("consent-badge--blocked") == 4
    assert "People pictured / release" in results
