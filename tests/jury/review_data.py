"""Rounds, criteria, assignments and users for the tests of the juror's work."""

import datetime

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from contests.coordinators import GROUP_NAME as COORDINATORS
from contests.coordinators import setup_group as setup_coordinators
from contests.models import EntryFile
from jury.models import Assignment, Criterion, Round


def make_round(edition, *, blind=False, visibility="never", start=0, end=0, name="Тур"):
    today = datetime.date.today()
    return Round.objects.create(
        edition=edition,
        name=name,
        starts_on=today + datetime.timedelta(days=start),
        ends_on=today + datetime.timedelta(days=end),
        blind=blind,
        score_visibility=visibility,
    )


def make_criteria(jury_round):
    """Impact (1–10, weight 2), Clarity (1–5, labelled), Notes (information only, 1–3)."""
    return [
        Criterion.objects.create(
            round=jury_round,
            position=1,
            name_ky="Таасири",
            name_ru="Влияние",
            name_en="Impact",
            guidance_en="How much it changes at home.",
            guidance_ru="Насколько это меняет жизнь дома.",
            weight=2,
        ),
        Criterion.objects.create(
            round=jury_round,
            position=2,
            name_ky="Тактык",
            name_en="Clarity",
            scale_min=1,
            scale_max=5,
            min_label="unclear",
            max_label="crystal clear",
        ),
        Criterion.objects.create(
            round=jury_round,
            position=3,
            name_ky="Эскертүү",
            name_en="Notes",
            scale_min=1,
            scale_max=3,
            information_only=True,
            required=False,
        ),
    ]


def assign(jury_round, entry, juror):
    return Assignment.objects.create(round=jury_round, entry=entry, juror=juror)


def scores(criteria, *values):
    return {criterion.pk: value for criterion, value in zip(criteria, values, strict=False)}


def add_file(entry, original_name, field_name="documents", data=b"%PDF-1.4\n", ext="pdf"):
    row = EntryFile(
        entry=entry,
        field_name=field_name,
        kind="document",
        original_name=original_name,
        content_type="application/pdf",
        size=len(data),
        sha256="x",
    )
    row.file.save(f"upload.{ext}", ContentFile(data), save=False)
    row.save()
    return row


def user_in(django_user_model, username, group_name):
    if group_name == COORDINATORS:
        setup_coordinators()
    user = django_user_model.objects.create_user(username, password="pw", first_name=username)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def coordinator(django_user_model, username="coord"):
    return user_in(django_user_model, username, COORDINATORS)


def denied(response) -> bool:
    """Wagtail answers a PermissionDenied in the admin by sending the user to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == "/admin/"
    )
