"""Packages for published contest results: never before publication, never a name."""

import io
import json
import zipfile
from urllib.parse import parse_qs, urlsplit

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import PageViewRestriction

from cms.api import memo
from contests.enums import DecisionKind
from contests.models import ContestEditionPage, ContestProgrammePage, Decision
from contests.results import publish, withdraw
from social.channels import CHANNELS
from social.counting import count
from tests.contests.conftest import no_demo_entries  # noqa: F401  (autouse fixture)
from tests.contests.decisions import coordinator, decide
from tests.contests.test_results_api import private_entry

from .cards import assert_a_card_every_channel_takes

pytestmark = pytest.mark.django_db

CAMPAIGN = "мыкты-мекендеш"
STORY_CREDIT = "Illustration: Mekendesh CMS (CC BY 4.0)"


@pytest.fixture
def edition(locales):
    """The demo's "Mykty Mekendesh 2023" in Kyrgyz, Russian and English, no decisions."""
    return ContestEditionPage.objects.get(slug="2023", locale=locales["ky"])


@pytest.fixture
def user(django_user_model):
    return coordinator(django_user_model)


@pytest.fixture
def decided(edition, user, turkey_story):
    """Two winners in one category and a special mention in another, not yet public;
    the first winner's story is the demo's Turkey story."""
    first = private_entry(edition, 1)
    winner = decide(edition, first, user, rank=1)
    Decision.objects.filter(pk=winner.pk).update(story=turkey_story)
    decide(edition, private_entry(edition, 2), user, rank=2)
    decide(
        edition,
        private_entry(edition, 3, category="charity"),
        user,
        kind="special_mention",
        category="charity",
        rank=None,
    )
    return edition


@pytest.fixture
def published(decided, user):
    publish(decided, user)
    return decided


def url(edition, tail="", **query):
    params = "&".join(f"{k}={v}" for k, v in query.items())
    return f"/api/v1/social/results/{edition.pk}{tail}" + (f"?{params}" if params else "")


@pytest.mark.parametrize("tail", ["", "/zip"])
def test_no_package_before_the_results_are_published(client, decided, tail):
    response = client.get(url(decided, tail))
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("code", list(CHANNELS))
def test_a_package_per_channel_names_the_winners_per_category(client, published, code):
    data = client.get(url(published, channel=code)).json()
    assert data["type"] == "package"
    assert data["kind"] == "results"
    assert data["id"] == published.pk
    assert data["channel"]["code"] == code
    assert data["length"] == count(data["text"])
    assert data["limit"] is None or data["length"] <= data["limit"]
    assert published.title in data["text"]
    assert "Инвестиция: 1. Долбоор 1 (Бишкек шаары); 2. Долбоор 2 (Бишкек шаары)" in data["text"]
    with translation.override("ky"):
        mention = str(DecisionKind.SPECIAL_MENTION.label)
    assert f"Кайрымдуулук — {mention}: Долбоор 3 (Бишкек шаары)" in data["text"]
    assert STORY_CREDIT in data["credit"]
    assert data["text"].endswith(data["credit"])
    assert data["image"]["crop"] == CHANNELS[code].image_size
    query = parse_qs(urlsplit(data["link"]["url"]).query)
    assert query == {"utm_source": [code], "utm_medium": ["social"], "utm_campaign": [CAMPAIGN]}


@pytest.mark.parametrize(
    ("locale", "category", "place"),
    [("ru", "Инвестиции", "город Бишкек"), ("en", "Investment", "Bishkek city")],
)
def test_the_results_in_each_language(client, published, locale, category, place):
    data = client.get(url(published, channel="facebook", locale=locale)).json()
    assert data["locale"] == locale
    assert data["id"] != published.pk
    assert f"{category}: 1. Долбоор 1 ({place})" in data["text"]
    assert parse_qs(urlsplit(data["link"]["url"]).query)["utm_campaign"] == [CAMPAIGN]


def test_nothing_of_the_entrants_is_in_a_post(client, published):
    for locale in ("ky", "ru", "en"):
        text = json.dumps(client.get(url(published, locale=locale)).json(), ensure_ascii=False)
        for secret in ("Жеке Адам", "private1@example.org", "+996 700 001", "Сунуштоочу"):
            assert secret not in text, (locale, secret)


def test_only_the_published_decisions_are_named(client, published, user):
    decide(published, private_entry(published, 4), user, rank=3)
    withdraw(Decision.objects.get(entry__title="Долбоор 2", superseded_at__isnull=True), user)
    text = client.get(url(published, channel="telegram")).json()["text"]
    assert "Долбоор 4" not in text
    assert "2. Долбоор 2" in text  # public until the coordinator republishes

    publish(published, user)
    cache.clear()
    text = client.get(url(published, channel="telegram")).json()["text"]
    assert "3. Долбоор 4" in text
    assert "Долбоор 2" not in text


def test_without_a_public_story_the_post_has_no_photo(client, published, turkey_story):
    Decision.objects.update(story=None)
    data = client.get(url(published, channel="vk")).json()
    assert data["image"] is None
    assert data["credit"] == ""


@pytest.mark.parametrize("how", ["draft", "private"])
def test_no_package_for_an_edition_the_public_may_not_see(client, published, how):
    editions = ContestEditionPage.objects.filter(translation_key=published.translation_key)
    if how == "draft":
        editions.update(live=False)
    else:
        key = published.get_parent().translation_key
        for programme in ContestProgrammePage.objects.filter(translation_key=key):
            PageViewRestriction.objects.create(page=programme, restriction_type="login")
    memo.forget()
    response = client.get(url(published))
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_the_zip_holds_the_results_in_each_language(client, published):
    response = client.get(url(published, "/zip", channels="telegram,instagram"))
    assert response.status_code == 200
    assert f"results-{published.pk}-social.zip" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = set(archive.namelist())
    for code in ("telegram", "instagram"):
        assert {f"{code}/ky.txt", f"{code}/ru.txt", f"{code}/en.txt"} <= names
    assert "telegram/photo-1080x1350.jpg" in names
    assert "Инвестиции: 1. Долбоор 1" in archive.read("telegram/ru.txt").decode()
    assert "Investment: 1. Долбоор 1" in archive.read("instagram/en.txt").decode()
    assert STORY_CREDIT in archive.read("README.txt").decode()
    assert "Жеке Адам" not in "".join(
        archive.read(name).decode() for name in names if ".txt" in name
    )


def test_an_edition_carries_its_link_card(client, decided):
    data = client.get(f"/api/v1/contests/{decided.pk}?locale=ru").json()
    seo = data["seo"]
    assert data["results"] is None
    assert seo["title"] == data["title"]
    assert seo["canonical_url"] == data["url"]
    assert seo["og_locale"] == "ru_RU"
    assert sorted(seo["og_locale_alternates"]) == ["en_US", "ky_KG"]
    assert seo["description"]
    assert len(seo["twitter_title"]) <= 70
    alternates = {a["hreflang"]: a["url"] for a in seo["alternates"]}
    assert set(alternates) == {"ky", "ru", "en", "x-default"}
    assert alternates["ru"] == data["url"]
    assert alternates["x-default"] == alternates["ky"]
    # No photo of its own; nothing to show before the results are out.
    assert seo["og_image"] is None


def test_published_results_give_the_card_the_winners_photo(client, published, turkey_story):
    seo = client.get(f"/api/v1/contests/{published.pk}").json()["seo"]
    assert_a_card_every_channel_takes(seo, turkey_story.hero_image)


def test_the_cost_does_not_grow_with_the_winners(client, published, user):
    def cost():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url(published, locale="ru")).status_code == 200
        return len(queries)

    few = cost()
    for number in range(4, 9):
        decide(published, private_entry(published, number), user, rank=number)
    publish(published, user)
    assert cost() == few
