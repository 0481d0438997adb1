"""Reminder e-mails in the juror's language, and the command that sends them."""

import datetime
import io

import pytest

from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import formats, timezone, translation

from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from jury.enums import ReviewState
from jury.models import Assignment, Reminder, Round
from jury.reminders import send_reminders

from .scoring import review

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(jury_round, entries, jurors):
    """Juror 1 (Russian admin): 2 pending, one a draft. Juror 2 (no language chosen):
    1 pending. Juror 3: all submitted. Juror 4: pending but no e-mail address."""
    for juror in jurors[:3]:
        juror.email = f"{juror.username}@example.org"
        juror.first_name = juror.username.replace("test-", "").title()
        juror.save()
    UserProfile.objects.update_or_create(user=jurors[0], defaults={"preferred_language": "ru"})
    jury_round.ends_on = datetime.date.today() + datetime.timedelta(days=5)
    jury_round.save()
    review(jury_round, entries[0], jurors[0], state=ReviewState.DRAFT)
    Assignment.objects.create(round=jury_round, entry=entries[1], juror=jurors[0])
    Assignment.objects.create(round=jury_round, entry=entries[0], juror=jurors[1])
    review(jury_round, entries[2], jurors[2])
    Assignment.objects.create(round=jury_round, entry=entries[3], juror=jurors[3])
    return jury_round


def deadline_in(language, round):
    with translation.override(language):
        return formats.date_format(round.ends_on, "DATE_FORMAT")


def test_each_juror_gets_the_e_mail_in_their_language(pending, jurors):
    outcome = send_reminders(pending)
    assert [row.juror for row in outcome.sent] == jurors[:2]
    assert [row.juror for row in outcome.no_email] == [jurors[3]]
    messages = {message.to[0]: message for message in mail.outbox}
    assert set(messages) == {"test-juror1@example.org", "test-juror2@example.org"}

    russian = messages["test-juror1@example.org"]
    kyrgyz = messages["test-juror2@example.org"]
    # The deadline is written the way each language writes dates (month names differ).
    assert deadline_in("ru", pending) != deadline_in("ky", pending)
    assert deadline_in("ru", pending) in russian.body
    assert deadline_in("ky", pending) in kyrgyz.body
    assert "Juror1" in russian.body
    assert "Juror2" in kyrgyz.body
    assert "http://testserver/admin/jury/my-entries/" in russian.body
    assert "http://testserver/admin/jury/my-entries/" in kyrgyz.body
    assert pending.name in russian.subject
    assert "\n" not in russian.subject
    assert "Катышуучу" not in russian.body  # no entrant's name


def test_the_text_follows_the_language_chosen(pending, jurors):
    """The same juror switching to English gets the English text."""
    UserProfile.objects.filter(user=jurors[0]).update(preferred_language="en")
    pending.name = 'Final & "last" round'
    pending.save()
    send_reminders(pending, juror=jurors[0])
    (message,) = mail.outbox
    # Plain text: nothing HTML-escaped.
    assert message.subject == f'Jury reminder: {pending.edition.title}, Final & "last" round'
    assert 'Final & "last" round.' in message.body
    assert "Hello, Juror1." in message.body
    assert "You have 2 entries left to review" in message.body
    assert "1 of them is a draft: remember to submit it." in message.body
    assert f"The deadline is {deadline_in('en', pending)}." in message.body


def test_reminders_are_recorded_logged_and_not_repeated_within_a_day(pending, jurors):
    send_reminders(pending)
    assert Reminder.objects.filter(round=pending).count() == 2
    logged = ModelLogEntry.objects.filter(action="jury.remind", object_id=str(pending.pk))
    assert sorted(entry.data["juror"] for entry in logged) == [jurors[0].pk, jurors[1].pk]

    again = send_reminders(pending)
    assert again.sent == []
    assert [row.juror for row in again.recent] == jurors[:2]
    assert len(mail.outbox) == 2

    Reminder.objects.update(sent_at=timezone.now() - datetime.timedelta(hours=25))
    assert len(send_reminders(pending).sent) == 2
    assert len(mail.outbox) == 4


def run(*args):
    out = io.StringIO()
    call_command("send_jury_reminders", *args, stdout=out)
    return out.getvalue()


def test_the_command_dry_run_sends_and_records_nothing(pending):
    output = run("--round", str(pending.pk), "--dry-run")
    assert "would remind Juror1 (2 pending)" in output
    assert "skipped test-juror4, no e-mail address" in output
    assert "2 juror(s) would remind." in output
    assert mail.outbox == []
    assert not Reminder.objects.exists()


def test_the_command_is_idempotent_within_a_day_unless_forced(pending):
    assert "2 juror(s) reminded." in run("--round", str(pending.pk))
    output = run("--round", str(pending.pk))
    assert "0 juror(s) reminded." in output
    assert "skipped Juror1, reminded" in output
    assert len(mail.outbox) == 2
    assert "2 juror(s) reminded." in run("--round", str(pending.pk), "--force")
    assert len(mail.outbox) == 4


def test_without_a_round_the_command_reminds_in_open_rounds_only(pending, edition, jurors):
    today = datetime.date.today()
    closed = Round.objects.create(
        edition=edition,
        name="Өткөн тур",
        starts_on=today - datetime.timedelta(days=9),
        ends_on=today - datetime.timedelta(days=1),
    )
    Assignment.objects.create(round=closed, entry=pending.edition.entries.first(), juror=jurors[2])
    output = run()
    assert f"Round {pending.pk} " in output
    assert f"Round {closed.pk} " not in output
    # Other open rounds (the demo's, say) may remind their own jurors; ours are these two.
    ours = {message.to[0] for message in mail.outbox} & {
        f"{j.username}@example.org" for j in jurors
    }
    assert ours == {"test-juror1@example.org", "test-juror2@example.org"}


def test_an_unknown_round_is_an_error():
    with pytest.raises(CommandError):
        run("--round", "999999")
