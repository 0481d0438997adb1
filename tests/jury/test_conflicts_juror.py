"""A juror declares a conflict of interest and can no longer open the entry."""

import pytest

from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from jury.conflicts import declare_conflict
from jury.models import Conflict

from .review_data import add_file, assign, coordinator, make_criteria, make_round

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_demo_juries")]


@pytest.fixture
def assignment(edition, entries, jurors):
    jury_round = make_round(edition, start=-1, end=1)
    make_criteria(jury_round)
    add_file(entries[0], "plan.pdf")
    return assign(jury_round, entries[0], jurors[0])


def test_a_juror_declares_a_conflict_instead_of_scoring(client, assignment, jurors):
    client.force_login(jurors[0])
    form_url = reverse("jury_declare_conflict", args=[assignment.pk])
    assert client.get(form_url).status_code == 200
    assert client.post(form_url, {"type": "other", "reason": ""}).status_code == 200
    assert client.post(form_url, {"type": "nonsense"}).status_code == 200
    assert not Conflict.objects.exists()

    response = client.post(form_url, {"type": "same_outlet", "reason": "Бир редакция"})
    assert response.status_code == 302
    conflict = Conflict.objects.get()
    assert (conflict.juror, conflict.entry, conflict.declared_by) == (
        jurors[0],
        assignment.entry,
        jurors[0],
    )
    log = ModelLogEntry.objects.get(action="jury.conflict.declare")
    assert log.user == jurors[0]
    assert log.data["reason"] == "Бир редакция"

    html = client.get(reverse("jury_my_entries")).content.decode()
    assert reverse("jury_review", args=[assignment.pk]) not in html


def test_a_conflicted_juror_cannot_open_the_entry_or_its_files(client, assignment, jurors):
    Conflict.objects.create(juror=jurors[0], entry=assignment.entry, type="relative")
    client.force_login(jurors[0])
    file_pk = assignment.entry.files.get().pk
    for url in (
        reverse("jury_review", args=[assignment.pk]),
        reverse("jury_entry_file", args=[assignment.pk, file_pk]),
        reverse("jury_declare_conflict", args=[assignment.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 403, url
        assert b"plan.pdf" not in response.content
    post = client.post(reverse("jury_review", args=[assignment.pk]), {"action": "draft"})
    assert post.status_code == 403


def test_my_entries_marks_the_conflict(client, assignment, jurors):
    Conflict.objects.create(juror=jurors[0], entry=assignment.entry, type="relative")
    client.force_login(jurors[0])
    profile = UserProfile.get_for_user(jurors[0])
    profile.preferred_language = "en"
    profile.save()
    html = client.get(reverse("jury_my_entries")).content.decode()
    assert "Conflict declared" in html
    assert reverse("jury_review", args=[assignment.pk]) not in html


def test_declare_conflict_is_for_the_juror_or_a_coordinator(assignment, jurors, django_user_model):
    entry = assignment.entry
    with pytest.raises(PermissionDenied):
        declare_conflict(jurors[0], entry, "relative", "", by=jurors[1])
    boss = coordinator(django_user_model)
    conflict = declare_conflict(jurors[0], entry, "business", "Шериктеш", by=boss)
    assert conflict.declared_by == boss
    assert ModelLogEntry.objects.get(action="jury.conflict.declare").data["by_coordinator"]
    with pytest.raises(ValidationError, match="already"):
        declare_conflict(jurors[0], entry, "relative", "", by=jurors[0])
    with pytest.raises(ValidationError):
        declare_conflict(jurors[1], entry, "unknown", "", by=boss)
