"""Reminding jurors of their pending reviews in a round, by e-mail in their language.

A juror reminded less than ``QUIET_PERIOD`` ago is skipped unless forced, so a repeated
run (the button pressed twice, the command run again by the scheduler) sends nothing new.
Each e-mail sent is recorded (``Reminder``) and logged in the round's history.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.log_actions import log
from wagtail.users.models import UserProfile

from .models import Reminder
from .progress import round_progress

QUIET_PERIOD = datetime.timedelta(hours=24)
FALLBACK_LANGUAGE = "ky"


@dataclass
class Outcome:
    sent: list = field(default_factory=list)  # progress rows
    recent: list = field(default_factory=list)  # reminded within the quiet period
    no_email: list = field(default_factory=list)


def juror_language(user) -> str:
    """The admin language the juror chose, else Kyrgyz."""
    chosen = (
        UserProfile.objects.filter(user=user).values_list("preferred_language", flat=True).first()
    )
    return chosen if chosen in dict(settings.LANGUAGES) else FALLBACK_LANGUAGE


def my_entries_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("jury_my_entries")


def reminder_message(round, row) -> tuple[str, str]:
    """Subject and text body for a juror's progress row, in the juror's language."""
    with translation.override(juror_language(row.juror)):
        context = {
            "name": row.name,
            "round": round.name,
            "edition": round.edition.localized.title,
            "pending": row.pending,
            "drafts": row.drafts,
            "deadline": round.ends_on,
            "url": my_entries_url(),
        }
        subject = render_to_string("jury/email/reminder_subject.txt", context)
        body = render_to_string("jury/email/reminder_body.txt", context)
    return " ".join(subject.split()), body


def send_reminders(round, *, juror=None, user=None, force=False, dry_run=False) -> Outcome:
    """Remind every juror with pending reviews, or only ``juror``."""
    outcome = Outcome()
    since = timezone.now() - QUIET_PERIOD
    for row in round_progress(round).pending_rows:
        if juror is not None and row.juror.pk != juror.pk:
            continue
        if not force and row.last_reminded and row.last_reminded > since:
            outcome.recent.append(row)
            continue
        if not row.juror.email:
            outcome.no_email.append(row)
            continue
        outcome.sent.append(row)
        if dry_run:
            continue
        subject, body = reminder_message(round, row)
        send_mail(subject, body, None, [row.juror.email])
        Reminder.objects.create(round=round, juror=row.juror, sent_by=user)
        log(round, "jury.remind", user=user, data={"juror": row.juror.pk, "pending": row.pending})
    return outcome
