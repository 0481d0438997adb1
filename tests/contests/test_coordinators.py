"""Coordinators read, screen and export entries; other groups see none of it."""

import datetime
import io
import re

import pytest
from openpyxl import load_workbook

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from wagtail.models import ModelLogEntry

from contests.coordinators import GROUP_NAME, PERMISSIONS, setup_group
from contests.enums import EntryState
from contests.models import Entry, EntryFile
from contests.screening import age_suggestions

from .factories import ContestEditionPageFactory, ContestProgrammePageFactory, add_rule

pytestmark = pytest.mark.django_db

INDEX = "/admin/contests/entries/"


def make_entry(edition, **fields):
    values = {
        "edition": edition,
        "language": "ky",
        "title": "Мектеп",
        "entrant_name": "Айбек Асанов",
        "email": "aibek@example.org",
        "phone": "+996555",
        "country": "TR",
        "category": "investment",
        "answers": {"nominator_name": "Бакыт", "description": "Мектеп"},
        "consent_given_at": timezone.now(),
        "privacy_notice_version": "1",
    }
    values.update(fields)
    return Entry.objects.create(**values)


@pytest.fixture
def entry(award_edition):
    entry = make_entry(award_edition)
    row = EntryFile(
        entry=entry,
        field_name="documents",
        kind="document",
        original_name="Aibek passport.pdf",
        content_type="application/pdf",
        size=9,
        sha256="x",
    )
    row.file.save("x.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    row.save()
    return entry


def user_in(django_user_model, group_name):
    user = django_user_model.objects.create_user(
        group_name.lower().replace(" ", "-"), password="pw"
    )
    if group_name == GROUP_NAME:
        setup_group()
    user.groups.add(Group.objects.get(name=group_name))
    return user


GROUPS = [
    (GROUP_NAME, True),
    ("Content managers", False),
    ("Coordinating editors", False),
    ("SMM managers", False),
    ("Photographers", False),
    ("Translators", False),
]


@pytest.mark.parametrize(("group_name", "allowed"), GROUPS)
def test_only_coordinators_reach_entries_and_their_files(
    client, django_user_model, entry, group_name, allowed
):
    client.force_login(user_in(django_user_model, group_name))
    file_row = entry.files.get()
    answers = {
        "index": client.get(INDEX).status_code,
        "inspect": client.get(f"{INDEX}inspect/{entry.pk}/").status_code,
        "screen": client.get(f"{INDEX}edit/{entry.pk}/").status_code,
        "file": client.get(f"/admin/contests/entry-files/{file_row.pk}/").status_code,
        "export": client.get(f"{INDEX}?export=csv").status_code,
    }
    expected = 200 if allowed else {302, 403}
    for name, status in answers.items():
        assert (status == 200) if allowed else status in expected, (name, status)


def test_anonymous_visitors_get_no_file(client, entry):
    response = client.get(f"/admin/contests/entry-files/{entry.files.get().pk}/")
    assert response.status_code in {302, 403}


def test_a_file_is_served_as_an_attachment_under_the_entrants_name(
    client, django_user_model, entry
):
    client.force_login(user_in(django_user_model, GROUP_NAME))
    response = client.get(f"/admin/contests/entry-files/{entry.files.get().pk}/")
    assert response["Content-Disposition"].startswith("attachment")
    assert "passport.pdf" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == b"%PDF-1.4\n"


def test_screening_is_logged_and_shown_on_the_status_link(client, django_user_model, entry):
    from contests.tokens import make_status_token

    coordinator = user_in(django_user_model, GROUP_NAME)
    client.force_login(coordinator)
    refused = client.post(
        f"{INDEX}edit/{entry.pk}/", {"state": "ineligible", "screening_reason": ""}
    )
    assert refused.status_code == 200  # the form again: a rule is needed
    entry.refresh_from_db()
    assert entry.state == EntryState.SUBMITTED
    response = client.post(
        f"{INDEX}edit/{entry.pk}/",
        {"state": "ineligible", "screening_reason": "compatriot", "screening_note": "Жашайт"},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.state == EntryState.INELIGIBLE
    assert entry.screened_by == coordinator
    log = ModelLogEntry.objects.get(action="contests.screen", object_id=str(entry.pk))
    assert log.user == coordinator
    assert log.data["to"] == "ineligible"
    assert log.data["reason"] == "compatriot"
    history = client.get(f"{INDEX}history/{entry.pk}/")
    assert history.status_code == 200
    status = client.get(f"/api/v1/contest-entries/status?token={make_status_token(entry)}").json()
    assert status["state"] == "ineligible"
    assert status["reason"] == "The author is a compatriot living abroad."


def test_the_invest_challenge_age_limit_is_suggested(client, django_user_model, demo_site):
    programme = ContestProgrammePageFactory(parent=demo_site, kind="invest_challenge")
    edition = ContestEditionPageFactory(parent=programme, max_age=35)
    add_rule(edition, "age", "Every team member is 35 or younger.")
    entry = make_entry(
        edition, answers={"team": [{"name": "Нурлан", "age": 41}, {"name": "Айгүл", "age": 24}]}
    )
    client.force_login(user_in(django_user_model, GROUP_NAME))
    page = client.get(f"{INDEX}edit/{entry.pk}/").content.decode()
    language = re.search(r'<html lang="([^"]+)"', page).group(1)
    above = "%(name)s is %(age)d, above the age limit of %(limit)d: suggest ineligible."
    with translation.override(language):
        nurlan = gettext(above) % {"name": "Нурлан", "age": 41, "limit": 35}
        aigul = gettext(above) % {"name": "Айгүл", "age": 24, "limit": 35}
        assert age_suggestions(entry) == [nurlan]
    assert escape(nurlan) in page
    assert escape(aigul) not in page


def test_filters_search_and_exports(client, django_user_model, award_edition):
    make_entry(award_edition, title="Көпүрө", country="RU", is_duplicate=True)
    make_entry(award_edition, title="Мектеп", country="TR", state=EntryState.ELIGIBLE)
    client.force_login(user_in(django_user_model, GROUP_NAME))
    assert "Көпүрө" in client.get(f"{INDEX}?country=RU").content.decode()
    assert "Көпүрө" not in client.get(f"{INDEX}?country=TR").content.decode()
    assert "Көпүрө" not in client.get(f"{INDEX}?state=eligible").content.decode()
    assert "Көпүрө" in client.get(f"{INDEX}?is_duplicate=true").content.decode()
    assert "Мектеп" not in client.get(f"{INDEX}?q=Көпүрө").content.decode()
    csv = client.get(f"{INDEX}?export=csv")
    text = b"".join(csv.streaming_content).decode()
    assert "Көпүрө" in text
    assert "aibek@example.org" in text
    xlsx = client.get(f"{INDEX}?export=xlsx")
    book = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content)))
    rows = list(book.active.values)
    assert len(rows) == 3


def test_an_entrants_formula_is_exported_as_text(client, django_user_model, award_edition):
    make_entry(award_edition, title='=HYPERLINK("http://evil.example","Click")')
    client.force_login(user_in(django_user_model, GROUP_NAME))
    csv = client.get(f"{INDEX}?export=csv")
    text = b"".join(csv.streaming_content).decode()
    assert "'=HYPERLINK" in text
    assert ",=HYPERLINK" not in text
    assert '"=HYPERLINK' not in text


def test_the_group_command_is_idempotent():
    out = io.StringIO()
    call_command("setup_contest_coordinators", stdout=out)
    call_command("setup_contest_coordinators", stdout=out)
    assert out.getvalue().splitlines()[-1].endswith("unchanged")
    assert Group.objects.get(name=GROUP_NAME).permissions.count() == len(PERMISSIONS)


def test_anonymising_keeps_the_counts_and_is_idempotent(award_edition):
    today = datetime.date.today()
    award_edition.opens_on = today - datetime.timedelta(days=600)
    award_edition.closes_on = today - datetime.timedelta(days=500)
    award_edition.results_on = today - datetime.timedelta(days=400)
    award_edition.save()
    old = make_entry(
        award_edition, answers={"nominator_name": "Бакыт", "nominator_email": "b@x.kg"}
    )
    call_command("anonymise_contest_entries", "--months", "12", stdout=io.StringIO())
    old.refresh_from_db()
    assert old.entrant_name == "—"
    assert "aibek" not in old.email
    assert old.phone == ""
    assert "nominator_name" not in old.answers
    assert (old.country, old.category) == ("TR", "investment")
    assert old.anonymised_at is not None
    first = old.anonymised_at
    out = io.StringIO()
    call_command("anonymise_contest_entries", "--months", "12", stdout=out)
    old.refresh_from_db()
    assert old.anonymised_at == first
    assert "Anonymised 0 entries." in out.getvalue()
    young = make_entry(award_edition, email="new@example.org")
    call_command("anonymise_contest_entries", "--months", "24", stdout=io.StringIO())
    young.refresh_from_db()
    assert young.anonymised_at is None
