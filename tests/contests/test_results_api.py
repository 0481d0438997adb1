"""Published results in the API and on the edition's page: every language, nothing private."""

import datetime
import json

import pytest

from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale

from cms.management.commands.export_openapi import openapi_document
from contests.api.pages import preview_contest
from contests.models import ContestEditionPage, Decision
from contests.results import publish
from jury.enums import ReviewState
from jury.models import Assignment, Criterion, Review, Round, Score
from stories.models import StoryIndexPage
from tests.stories.factories import SuccessStoryPageFactory

from .decisions import coordinator, decide, make_entry

pytestmark = pytest.mark.django_db

WINNER_KEYS = {
    "kind",
    "category",
    "rank",
    "title",
    "place",
    "amount",
    "currency",
    "citation",
    "story",
}


@pytest.fixture
def user(django_user_model):
    return coordinator(django_user_model)


@pytest.fixture
def edition(locales):
    """The demo's "Mykty Mekendesh 2023", translated into Russian and English."""
    return ContestEditionPage.objects.get(slug="2023", locale=locales["ky"])


def private_entry(edition, number, **fields):
    return make_entry(
        edition,
        number,
        entrant_name=f"Жеке Адам {number}",
        email=f"private{number}@example.org",
        phone=f"+996 700 00{number}",
        answers={
            "place": "bishkek",
            "nominator_name": f"Сунуштоочу {number}",
            "nominator_email": f"nominator{number}@example.org",
            "description": f"Ички сүрөттөмө {number}",
        },
        **fields,
    )


def results_in(client, edition_id, locale):
    response = client.get(f"/api/v1/contests/{edition_id}?locale={locale}")
    assert response.status_code == 200
    return response.json()["results"]


def test_results_speak_every_language(client, edition, locales, user):
    first = private_entry(edition, 1)
    decide(
        edition,
        first,
        user,
        rank=1,
        citation_ky="Айылга мектеп курду.",
        citation_ru="Построил школу в селе.",
    )
    publish(edition, user)
    expected = {
        "ky": ("Инвестиция", "Бишкек шаары", "Айылга мектеп курду."),
        "ru": ("Инвестиции", "город Бишкек", "Построил школу в селе."),
        # No English citation: the Kyrgyz one, as every text falls back.
        "en": ("Investment", "Bishkek city", "Айылга мектеп курду."),
    }
    for code, (category, place, citation) in expected.items():
        translation = edition.get_translation(locales[code])
        for edition_id in {edition.pk, translation.pk}:
            (winner,) = results_in(client, edition_id, code)["winners"]
            assert set(winner) == WINNER_KEYS
            assert winner["category"] == {"key": "investment", "name": category}
            assert winner["place"] == {"key": "bishkek", "name": place}
            assert winner["citation"] == citation
            assert winner["title"] == first.title
            assert winner["rank"] == 1


def test_nothing_of_the_entrant_or_the_jury_is_public(client, edition, user, django_user_model):
    entry = private_entry(edition, 1)
    today = datetime.date.today()
    jury_round = Round.objects.create(
        edition=edition, name="Финал", starts_on=today, ends_on=today
    )
    criterion = Criterion.objects.create(round=jury_round, name_ky="Таасир")
    juror = django_user_model.objects.create_user("secret-juror-name", password="pw")
    assignment = Assignment.objects.create(round=jury_round, entry=entry, juror=juror)
    review = Review.objects.create(
        assignment=assignment,
        state=ReviewState.SUBMITTED,
        submitted_at=timezone.now(),
        comment="Жашыруун пикир",
    )
    Score.objects.create(review=review, criterion=criterion, value=7)
    decide(edition, entry, user, rank=1)
    publish(edition, user)
    for code in ("ky", "ru", "en"):
        body = json.dumps(client.get(f"/api/v1/contests/{edition.pk}?locale={code}").json())
        for secret in (
            entry.entrant_name,
            entry.email,
            entry.phone,
            entry.reference,
            "Сунуштоочу",
            "nominator1@example.org",
            "Ички сүрөттөмө",
            "Жашыруун пикир",
            "secret-juror-name",
            user.username,
            "Таасир",
            '"score',
            '"juror',
        ):
            assert secret not in body, (code, secret)


def test_a_story_is_linked_only_when_the_public_may_read_it(client, edition, locales, user):
    entry = private_entry(edition, 1)
    decision = decide(edition, entry, user, rank=1)
    publish(edition, user)
    index = StoryIndexPage.objects.get(locale=locales["ky"])
    story = SuccessStoryPageFactory(parent=index, live=False, slug="winner-story")
    Decision.objects.filter(pk=decision.pk).update(story=story)
    for code in ("ky", "ru", "en"):
        assert results_in(client, edition.pk, code)["winners"][0]["story"] is None

    story.save_revision().publish()
    for code in ("ky", "ru", "en"):
        link = results_in(client, edition.pk, code)["winners"][0]["story"]
        assert link["id"] == story.pk
        assert link["slug"] == "winner-story"
        assert link["url"].endswith("/winner-story/")


def test_the_cost_does_not_grow_with_the_winners(client, edition, user):
    entries = [private_entry(edition, number) for number in range(1, 9)]
    for rank, entry in enumerate(entries[:2], start=1):
        decide(edition, entry, user, rank=rank)
    publish(edition, user)

    def cost():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/api/v1/contests/{edition.pk}?locale=ru").status_code == 200
        return len(queries)

    few = cost()
    for rank, entry in enumerate(entries[2:], start=3):
        decide(edition, entry, user, rank=rank)
    publish(edition, user)
    assert cost() == few


def test_the_edition_page_and_its_preview_show_the_winners(rf, edition, locales, user):
    entry = private_entry(edition, 1)
    decide(edition, entry, user, rank=1, citation_ru="Школа")
    russian = edition.get_translation(locales["ru"])
    request = rf.get("/")
    before = render_to_string("contests/contest_page.html", {"page": russian, "request": request})
    assert entry.title not in before
    publish(edition, user)
    page = render_to_string("contests/contest_page.html", {"page": russian, "request": request})
    assert entry.title in page
    assert "город Бишкек" in page
    assert "Школа" in page
    assert entry.entrant_name not in page
    preview = preview_contest(russian, request)
    assert preview["results"]["winners"][0]["category"]["name"] == "Инвестиции"
    assert Locale.objects.filter(language_code="en").exists()


def test_the_published_contract_names_the_results_and_nothing_private():
    schemas = json.loads(openapi_document())["components"]["schemas"]
    assert "results" in schemas["EditionOut"]["required"]
    assert "has_results" in schemas["EditionSummary"]["required"]
    assert set(schemas["WinnerOut"]["properties"]) == WINNER_KEYS
    assert set(schemas["ResultsOut"]["properties"]) == {"published_at", "winners"}
