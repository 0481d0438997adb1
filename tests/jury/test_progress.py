"""Progress per juror of a round, and the coordinators' reminder button."""

import datetime
import re

import pytest

from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from jury.enums import ConflictType, ReviewState
from jury.models import Assignment, Conflict, Reminder
from jury.progress import round_progress

from .scoring import coordinator, review, user_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def work(jury_round, entries, jurors):
    """Juror 1: 4 assigned — 2 submitted, 1 draft, 1 not started.
    Juror 2: 3 assigned — 1 submitted, 1 conflict (with a draft), 1 not started.
    Juror 3: 1 assigned — conflict. Juror 4: nothing assigned."""
    for juror in jurors[:3]:
        juror.email = f"{juror.username}@example.org"
        juror.save()
    one, two, three = jurors[:3]
    review(jury_round, entries[0], one)
    review(jury_round, entries[1], one)
    review(jury_round, entries[2], one, state=ReviewState.DRAFT)
    Assignment.objects.create(round=jury_round, entry=entries[3], juror=one)
    review(jury_round, entries[0], two)
    review(jury_round, entries[1], two, state=ReviewState.DRAFT)
    Assignment.objects.create(round=jury_round, entry=entries[2], juror=two)
    Conflict.objects.create(juror=two, entry=entries[1], type=ConflictType.BUSINESS)
    Assignment.objects.create(round=jury_round, entry=entries[4], juror=three)
    Conflict.objects.create(juror=three, entry=entries[4], type=ConflictType.RELATIVE)
    return jury_round


def counts(row):
    return (row.assigned, row.submitted, row.drafts, row.not_started, row.conflicts, row.percent)


def test_each_assignment_counts_once(work, jurors):
    progress = round_progress(work)
    by_juror = {row.juror: counts(row) for row in progress.rows}
    assert by_juror == {
        jurors[0]: (4, 2, 1, 1, 0, 50),
        jurors[1]: (3, 1, 0, 1, 1, 50),
        jurors[2]: (1, 0, 0, 0, 1, None),
    }
    assert counts(progress.total) == (8, 3, 1, 2, 2, 50)
    assert [row.juror for row in progress.pending_rows] == jurors[:2]


def test_the_page_shows_counts_totals_and_the_deadline(client, django_user_model, work):
    work.ends_on = datetime.date.today() + datetime.timedelta(days=3)
    work.save()
    client.force_login(coordinator(django_user_model))
    html = client.get(reverse("jury_round_progress", args=[work.pk])).content.decode()
    cells = re.findall(r"<td>([^<]*)</td>", html)
    assert cells[:7] == ["test-juror1", "4", "2", "1", "1", "0", "50 %"]
    assert "3 days left." in html
    assert 'name="juror"' in html
    total = html.split("<tfoot>")[1]
    assert re.findall(r"<td>([^<]*)</td>", total)[:6] == ["8", "3", "1", "2", "2", "50 %"]


def test_the_number_of_queries_does_not_grow_with_jurors(
    client, django_user_model, jury_round, entries, jurors
):
    client.force_login(coordinator(django_user_model))
    url = reverse("jury_round_progress", args=[jury_round.pk])

    def queries():
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    review(jury_round, entries[0], jurors[0])
    Reminder.objects.create(round=jury_round, juror=jurors[0])
    few = queries()
    for juror in jurors[1:]:
        for entry in entries:
            review(jury_round, entry, juror, state=ReviewState.DRAFT)
        Reminder.objects.create(round=jury_round, juror=juror)
    Conflict.objects.create(juror=jurors[3], entry=entries[0], type=ConflictType.OTHER)
    assert queries() == few


REMIND = "jury_round_remind"


@pytest.mark.parametrize("role", ["juror", "editor"])
def test_only_coordinators_send_reminders(client, django_user_model, work, jurors, role):
    user = jurors[0] if role == "juror" else user_in(django_user_model, "ed", "Content managers")
    client.force_login(user)
    assert client.post(reverse(REMIND, args=[work.pk])).status_code == 403
    client.logout()
    response = client.post(reverse(REMIND, args=[work.pk]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert mail.outbox == []
    assert not Reminder.objects.exists()


def test_the_button_reminds_pending_jurors_once_a_day(client, django_user_model, work, jurors):
    user = coordinator(django_user_model)
    client.force_login(user)
    url = reverse(REMIND, args=[work.pk])
    page = reverse("jury_round_progress", args=[work.pk])
    dashes = client.get(page).content.decode().count("<td>—</td>")
    assert client.get(url).status_code == 405
    response = client.post(url)
    assert response.url == reverse("jury_round_progress", args=[work.pk])
    assert sorted(message.to[0] for message in mail.outbox) == [
        "test-juror1@example.org",
        "test-juror2@example.org",
    ]
    assert Reminder.objects.filter(round=work, sent_by=user).count() == 2
    # Pressed again: nobody is reminded twice within the day, and the page says so.
    response = client.post(url, follow=True)
    assert len(mail.outbox) == 2
    assert "Not reminded again within 24 hours" in response.content.decode()
    # "Last reminded" now shows a date for the two jurors reminded.
    assert response.content.decode().count("<td>—</td>") == dashes - 2


def test_one_juror_is_reminded_on_demand(client, django_user_model, work, jurors):
    client.force_login(coordinator(django_user_model))
    url = reverse(REMIND, args=[work.pk])
    for _time in range(2):
        client.post(url, {"juror": jurors[1].pk})
    assert [message.to for message in mail.outbox] == [["test-juror2@example.org"]] * 2
    assert Reminder.objects.filter(juror=jurors[1]).count() == 2


@pytest.mark.parametrize("juror", ["abc", "999999", "outsider"])
def test_tampered_juror_ids_are_not_found(client, django_user_model, work, jurors, juror):
    client.force_login(coordinator(django_user_model))
    value = str(jurors[3].pk) if juror == "outsider" else juror
    response = client.post(reverse(REMIND, args=[work.pk]), {"juror": value}, follow=True)
    assert response.status_code == 404
    assert mail.outbox == []


def test_the_button_needs_the_csrf_token(django_user_model, work):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator(django_user_model))
    assert client.post(reverse(REMIND, args=[work.pk])).status_code == 403
    assert mail.outbox == []
