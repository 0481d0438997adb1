"""Blind rounds leak nothing of who the entrant is: fields, file names, other jurors."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from contests.enums import EntryState
from contests.models import Entry
from jury.blind import SHOWN_IN_BLIND, entry_for_juror
from jury.enums import ReviewState
from jury.models import EntrySummary, Review
from tests.contests.factories import (
    ContestEditionPageFactory,
    ContestProgrammePageFactory,
    add_question,
)

from .review_data import add_file, assign, make_criteria, make_round

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_demo_juries")]

SECRETS = {
    "entrant": "Айгүл Сыдыкова",
    "email": "aigul.sydykova@example.org",
    "phone": "+996 555 123 456",
    "authors": "Айгүл Сыдыкова жана Нурлан Осмонов",
    "outlet": "Азаттык Медиа",
    "link": "https://azattyk.example/aigul-sydykova",
    "employer": "Kloop Media",
    "nominator": "Бакыт Жээнбеков",
    "nominator_email": "bakyt@example.org",
    "team member": "Бекзат Ормонов",
    "file": "Aigul Sydykova interview.pdf",
    "photo": "Sydykova family.pdf",
}


def edition_of(demo_site, kind):
    programme = ContestProgrammePageFactory(parent=demo_site, kind=kind)
    return ContestEditionPageFactory(parent=programme)


def make(edition, **answers):
    return Entry.objects.create(
        edition=edition,
        language="ky",
        title="Мигранттын жолу",
        entrant_name=SECRETS["entrant"],
        email=SECRETS["email"],
        phone=SECRETS["phone"],
        country="TR",
        category="investment",
        medium=answers.get("medium", ""),
        answers=answers,
        consent_given_at=timezone.now(),
        privacy_notice_version="1",
        state=EntryState.ELIGIBLE,
    )


@pytest.fixture
def journalists_entry(demo_site):
    edition = edition_of(demo_site, "journalists")
    add_question(edition, "employer")
    add_question(edition, "years", field_type="integer")
    entry = make(
        edition,
        authors=SECRETS["authors"],
        outlet=SECRETS["outlet"],
        links=[SECRETS["link"]],
        published_on=datetime.date(2025, 3, 1).isoformat(),
        medium="article",
        language="ky",
        q_employer=SECRETS["employer"],
        q_years=7,
    )
    add_file(entry, SECRETS["file"], field_name="work_files")
    add_file(entry, SECRETS["photo"], field_name="work_files", ext="PDF")
    return entry


@pytest.fixture
def award_entry(demo_site):
    entry = make(
        edition_of(demo_site, "award"),
        nominated_by="third_party",
        nominator_name=SECRETS["nominator"],
        nominator_email=SECRETS["nominator_email"],
        description="Мектеп курулду.",
        beneficiaries=120,
    )
    add_file(entry, SECRETS["file"])
    return entry


@pytest.fixture
def invest_entry(demo_site):
    return make(
        edition_of(demo_site, "invest_challenge"),
        team=[{"name": SECRETS["team member"], "age": 23}, {"name": "Асель Ж.", "age": 25}],
        idea="Жаңы долбоор.",
        budget="15000.00",
        currency="USD",
    )


def leaks(text: str) -> list[str]:
    return [name for name, secret in SECRETS.items() if secret in text]


def screen_and_files(client, entry, juror, blind=True):
    jury_round = make_round(entry.edition, blind=blind, visibility="after_own", start=-1, end=1)
    make_criteria(jury_round)
    assignment = assign(jury_round, entry, juror)
    client.force_login(juror)
    html = client.get(reverse("jury_review", args=[assignment.pk])).content.decode()
    downloads = [
        client.get(reverse("jury_entry_file", args=[assignment.pk, row.pk]))
        for row in entry.files.order_by("pk")
    ]
    return assignment, html, downloads


@pytest.mark.parametrize("fixture", ["journalists_entry", "award_entry", "invest_entry"])
def test_a_blind_round_shows_nothing_that_names_the_entrant(client, jurors, request, fixture):
    entry = request.getfixturevalue(fixture)
    _assignment, html, downloads = screen_and_files(client, entry, jurors[0])
    assert entry.reference in html
    assert entry.title in html
    assert leaks(html) == []
    for number, response in enumerate(downloads, start=1):
        headers = " ".join(f"{key}: {value}" for key, value in response.headers.items())
        assert leaks(headers) == []
        assert f'filename="{entry.reference}-{number}.pdf"' in response["Content-Disposition"]
        assert f"{entry.reference}-{number}.pdf" in html
        assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_blind_rounds_still_show_what_judges_the_work(client, jurors, journalists_entry):
    _assignment, html, _downloads = screen_and_files(client, journalists_entry, jurors[0])
    assert "2025-03-01" in html  # publication date
    assert ">7<" in html.replace("\n", "").replace(" ", "")  # integer question kept


def test_a_blind_round_shows_team_ages_not_names(client, jurors, invest_entry):
    _assignment, html, _downloads = screen_and_files(client, invest_entry, jurors[0])
    assert "23, 25" in html
    assert "Асель" not in html


def test_an_open_round_shows_names_but_never_contacts(client, jurors, journalists_entry):
    _assignment, html, downloads = screen_and_files(
        client, journalists_entry, jurors[0], blind=False
    )
    assert set(leaks(html)) == {
        "entrant",
        "authors",
        "outlet",
        "link",
        "employer",
        "file",
        "photo",
    }
    assert SECRETS["file"] in downloads[0]["Content-Disposition"]


def test_the_summary_replaces_the_free_text_in_blind_rounds(client, jurors, award_entry):
    EntrySummary.objects.create(entry=award_entry, text="Бир айылда мектеп салынды.")
    _assignment, html, _downloads = screen_and_files(client, award_entry, jurors[0])
    assert "Бир айылда мектеп салынды." in html
    assert "Мектеп курулду." not in html


def test_the_summary_is_not_used_in_open_rounds(client, jurors, award_entry):
    EntrySummary.objects.create(entry=award_entry, text="Бир айылда мектеп салынды.")
    _assignment, html, _downloads = screen_and_files(client, award_entry, jurors[0], blind=False)
    assert "Мектеп курулду." in html
    assert "Бир айылда" not in html


def test_other_jurors_are_codes_in_blind_rounds(client, jurors, award_entry):
    jury_round = make_round(award_entry.edition, blind=True, visibility="after_own", end=1)
    make_criteria(jury_round)
    for juror in jurors:
        Review.objects.create(
            assignment=assign(jury_round, award_entry, juror),
            state=ReviewState.SUBMITTED,
            submitted_at=timezone.now(),
        )
    client.force_login(jurors[0])
    mine = jury_round.assignments.get(juror=jurors[0])
    html = client.get(reverse("jury_review", args=[mine.pk])).content.decode()
    assert "Juror A" in html
    assert "Juror C" in html
    for other in jurors[1:]:
        assert other.username not in html


def test_the_allow_list_names_no_personal_field():
    assert not SHOWN_IN_BLIND & {
        "entrant_name",
        "email",
        "phone",
        "authors",
        "outlet",
        "links",
        "nominator_name",
        "nominator_email",
        "nominator_phone",
    }


def test_free_text_questions_are_left_out_in_blind_rounds(journalists_entry, jurors):
    jury_round = make_round(journalists_entry.edition, blind=True)
    assignment = assign(jury_round, journalists_entry, jurors[0])
    view = entry_for_juror(assignment)
    labels = [item.label for item in view.items]
    assert "Суроо years" in labels
    assert "Суроо employer" not in labels
    assert [file.name for file in view.files] == [
        f"{journalists_entry.reference}-1.pdf",
        f"{journalists_entry.reference}-2.pdf",
    ]
