"""Each kind's declared fields and an edition's extra questions, as the API applies them."""

import datetime

import pytest

from contests.models import Entry

from .conftest import pdf, post_entry
from .factories import ContestEditionPageFactory, ContestProgrammePageFactory, add_question

pytestmark = pytest.mark.django_db


def base(**fields):
    data = {
        "title": "Материал",
        "entrant_name": "Жылдыз",
        "email": "jyldyz@example.org",
        "country": "TR",
        "consent": "yes",
        "privacy_notice_version": "2026-1",
    }
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def journalists(demo_site, taxonomy):
    programme = ContestProgrammePageFactory(parent=demo_site, kind="journalists")
    return ContestEditionPageFactory(parent=programme)


@pytest.fixture
def invest(demo_site, taxonomy):
    programme = ContestProgrammePageFactory(parent=demo_site, kind="invest_challenge")
    return ContestEditionPageFactory(parent=programme, max_age=35)


JOURNALIST_OK = {
    "authors": "Жылдыз Асанова",
    "outlet": "Kaktus",
    "published_on": "2026-01-10",
    "links": "https://kaktus.media/1\nhttps://kaktus.media/2",
    "medium": "video",
    "language": "ky",
}


def test_a_journalist_entry_keeps_its_links_and_medium(client, journalists):
    response = post_entry(client, journalists, base(**JOURNALIST_OK))
    assert response.status_code == 201, response.content
    entry = Entry.objects.get()
    assert entry.medium == "video"
    assert entry.answers["links"] == ["https://kaktus.media/1", "https://kaktus.media/2"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("published_on", "10.01.2026"),
        ("published_on", (datetime.date.today() + datetime.timedelta(days=5)).isoformat()),
        ("links", "javascript:alert(1)"),
        ("links", "\n".join(f"https://x.example/{n}" for n in range(11))),
        ("medium", "radio"),
        ("language", "Kyrgyz language"),
        ("authors", ""),
        ("outlet", "x" * 201),
    ],
)
def test_journalist_field_rules(client, journalists, field, value):
    response = post_entry(client, journalists, base(**{**JOURNALIST_OK, field: value}))
    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalid_params"]] == [field]
    assert not Entry.objects.exists()


INVEST_OK = {"team": "Нурлан, 24\nАйгүл, 29", "idea": "Жаңы тиркеме", "budget": "8000"}


def test_an_invest_challenge_entry_needs_its_pitch_deck(client, invest):
    missing = post_entry(client, invest, base(**INVEST_OK, currency="USD"))
    assert [p["name"] for p in missing.json()["invalid_params"]] == ["pitch_deck"]
    ok = post_entry(client, invest, base(**INVEST_OK, currency="USD", pitch_deck=[pdf()]))
    assert ok.status_code == 201, ok.content
    assert Entry.objects.get().answers["team"] == [
        {"name": "Нурлан", "age": 24},
        {"name": "Айгүл", "age": 29},
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("team", "Нурлан"),
        ("team", "\n".join(f"M{n}, 20" for n in range(11))),
        ("budget", "a lot"),
        ("budget", "-1"),
        ("budget", "NaN"),
        ("currency", "BTC"),
    ],
)
def test_invest_challenge_field_rules(client, invest, field, value):
    data = base(**{**INVEST_OK, "currency": "USD", field: value}, pitch_deck=[pdf()])
    response = post_entry(client, invest, data)
    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalid_params"]] == [field]


def test_two_pitch_decks_are_refused(client, invest):
    data = base(**INVEST_OK, currency="USD", pitch_deck=[pdf(), pdf("b.pdf")])
    response = post_entry(client, invest, data)
    assert [p["name"] for p in response.json()["invalid_params"]] == ["pitch_deck"]


def test_extra_questions_are_asked_and_checked_without_code(client, journalists):
    add_question(journalists, "heard-from", "choice", required=True, choices="Radio\nFacebook")
    add_question(journalists, "first-time", "yes_no")
    detail = client.get(f"/api/v1/contests/{journalists.pk}").json()
    names = [f["name"] for f in detail["form"]["fields"]]
    assert names[-2:] == ["q_heard-from", "q_first-time"]
    assert detail["form"]["fields"][-2]["choices"] == [
        {"value": "Radio", "label": "Radio"},
        {"value": "Facebook", "label": "Facebook"},
    ]
    missing = post_entry(client, journalists, base(**JOURNALIST_OK))
    assert [p["name"] for p in missing.json()["invalid_params"]] == ["q_heard-from"]
    wrong = post_entry(client, journalists, base(**JOURNALIST_OK, **{"q_heard-from": "TV"}))
    assert [p["name"] for p in wrong.json()["invalid_params"]] == ["q_heard-from"]
    ok = post_entry(
        client,
        journalists,
        base(**JOURNALIST_OK, **{"q_heard-from": "Radio", "q_first-time": "yes"}),
    )
    assert ok.status_code == 201
    assert Entry.objects.get().answers["q_heard-from"] == "Radio"
    assert Entry.objects.get().answers["q_first-time"] is True


def test_unknown_file_fields_are_refused(client, journalists):
    response = post_entry(client, journalists, base(**JOURNALIST_OK, passport=[pdf()]))
    assert [p["name"] for p in response.json()["invalid_params"]] == ["passport"]


def test_the_edition_detail_states_dates_status_and_form(client, journalists):
    detail = client.get(f"/api/v1/contests/{journalists.pk}?locale=ky").json()
    assert detail["status"] == "open"
    assert detail["kind"] == "journalists"
    assert detail["time_zone"] == "Asia/Bishkek"
    assert detail["closes_at"].endswith("+06:00")
    assert detail["form"]["privacy_notice_version"] == "2026-1"
    assert detail["form"]["honeypot_field"] == "website"
    listing = client.get("/api/v1/contests").json()
    programme = next(p for p in listing if p["kind"] == "journalists" and p["editions"])
    assert programme["editions"][0]["status"] in {"open", "upcoming", "judging", "results"}
    assert client.get("/api/v1/contests/999999").status_code == 404
