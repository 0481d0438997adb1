"""The rate to the som an editor records beside an amount in another currency."""

import datetime
from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext

from cms.editorial import CONTENT_MANAGERS
from stories.demo.data import EXAMPLE_RATE_SOURCE
from stories.models import StoryIndexPage, SuccessStoryPage

from .test_workflow import add_url, member_of, story_form

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()
RATE = {"kgs_rate": Decimal("87.45"), "kgs_rate_date": TODAY, "kgs_rate_source": "НБКР"}


def errors_of(**fields) -> dict:
    page = SuccessStoryPage(title="Окуя", slug="okuya", standfirst="Кыска.", **fields)
    try:
        page.clean_kgs_rate()
    except ValidationError as error:
        return error.message_dict
    return {}


def test_a_foreign_amount_with_a_dated_sourced_rate_is_valid():
    assert errors_of(amount=Decimal("100"), currency="USD", **RATE) == {}


def test_a_foreign_amount_may_wait_for_its_rate():
    assert errors_of(amount=Decimal("100"), currency="USD") == {}


def test_a_som_amount_needs_no_rate():
    assert errors_of(amount=Decimal("100"), currency="KGS") == {}
    assert set(errors_of(amount=Decimal("100"), currency="KGS", **RATE)) == {"kgs_rate"}


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"kgs_rate_date": None}, {"kgs_rate_date"}),
        ({"kgs_rate_source": " "}, {"kgs_rate_source"}),
        ({"kgs_rate": Decimal("0")}, {"kgs_rate"}),
        ({"kgs_rate_date": TODAY + datetime.timedelta(days=2)}, {"kgs_rate_date"}),
        ({"kgs_rate": None}, {"kgs_rate"}),
    ],
)
def test_a_rate_is_positive_dated_and_sourced(changes, fields):
    assert set(errors_of(amount=Decimal("100"), currency="RUB", **(RATE | changes))) == fields


def test_a_rate_without_an_amount_is_refused():
    assert set(errors_of(currency="USD", **RATE)) == {"kgs_rate"}


def test_the_som_equivalent():
    page = SuccessStoryPage(amount=Decimal("1000.50"), currency="USD", kgs_rate=Decimal("87.4567"))
    assert page.kgs_equivalent() == Decimal("87500.43")
    assert SuccessStoryPage(amount=Decimal("5"), currency="KGS").kgs_equivalent() == Decimal("5")
    assert SuccessStoryPage(amount=Decimal("5"), currency="EUR").kgs_equivalent() is None
    assert SuccessStoryPage(currency="EUR", kgs_rate=Decimal("95")).kgs_equivalent() is None


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_the_demo_amounts_in_dollars_carry_an_example_rate(demo_site, language):
    stories = SuccessStoryPage.objects.live().filter(
        locale__language_code=language, amount__isnull=False
    )
    assert stories.exists()
    for page in stories:
        if page.currency == "KGS":
            assert page.kgs_rate is None
            continue
        assert page.kgs_rate > 0
        assert page.kgs_rate_date == page.story_date
        assert page.kgs_rate_source == EXAMPLE_RATE_SOURCE[language]


def test_the_editor_records_the_rate_beside_the_amount(client, demo_site):
    index = StoryIndexPage.objects.get(locale__language_code="ky")
    client.force_login(member_of(CONTENT_MANAGERS))
    edit = client.get(add_url(index)).content.decode()
    assert edit.index('name="amount"') < edit.index('name="kgs_rate"')
    assert 'name="kgs_rate_date"' in edit
    assert 'name="kgs_rate_source"' in edit
    figures = {"amount": "1500", "currency": "USD", "kgs_rate": "87.5"}
    draft = {"action-draft": "1"}
    refused = client.post(add_url(index), story_form(**figures, **draft))
    assert refused.status_code == 200
    with translation.override("ky"):  # the content manager's admin language
        assert gettext("Give the date of the rate.") in refused.content.decode()
    assert not SuccessStoryPage.objects.filter(slug="жаңы-окуя").exists()
    dated = {"kgs_rate_date": "2024-05-01", "kgs_rate_source": "Улуттук банк"}
    saved = client.post(add_url(index), story_form(**figures, **dated, **draft))
    assert saved.status_code == 302, saved.content.decode()[:2000]
    page = SuccessStoryPage.objects.get(slug="жаңы-окуя")
    assert page.get_latest_revision_as_object().kgs_equivalent() == Decimal("131250.00")


def test_the_api_shows_the_rate_and_the_som_equivalent_of_a_story(client, demo_site):
    story = SuccessStoryPage.objects.get(
        locale__language_code="en", amount__isnull=False, currency="USD", amount=Decimal("23000")
    )
    data = client.get(f"/api/v1/stories/{story.pk}?locale=en").json()
    assert data["kgs_rate"] == {
        "rate": "77.500000",
        "date": "2020-07-23",
        "source": EXAMPLE_RATE_SOURCE["en"],
    }
    assert Decimal(data["kgs_equivalent"]) == Decimal("1782500.00")
    listed = client.get("/api/v1/stories?locale=en&fields=id,kgs_equivalent&limit=100").json()
    som = {item["id"]: item["kgs_equivalent"] for item in listed["items"]}
    assert Decimal(som[story.pk]) == Decimal("1782500.00")
    assert set(listed["items"][0]) == {"id", "kgs_equivalent"}
