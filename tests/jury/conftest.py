import datetime

import pytest

from django.contrib.auth.models import Group
from django.utils import timezone

from contests.enums import EntryState
from contests.models import Entry
from jury.jurors import GROUP_NAME, setup_group
from jury.models import Round
from tests.contests.factories import ContestEditionPageFactory, ContestProgrammePageFactory


def make_entry(edition, number, **fields):
    values = {
        "edition": edition,
        "language": "ky",
        "title": f"Долбоор {number}",
        "entrant_name": f"Катышуучу {number}",
        "email": f"entrant{number}@example.org",
        "country": "TR",
        "category": "investment",
        "consent_given_at": timezone.now(),
        "privacy_notice_version": "1",
        "state": EntryState.ELIGIBLE,
    }
    values.update(fields)
    return Entry.objects.create(**values)


@pytest.fixture
def no_demo_juries(db):
    """The suite's database holds the demo juries; tests that count rows start without them.

    Rows only, inside the test's transaction; the history of jury actions goes too.
    """
    from wagtail.models import ModelLogEntry

    from jury.models import (
        Assignment,
        Conflict,
        EntrySummary,
        Reminder,
        Review,
        Score,
        Shortlisting,
    )

    ModelLogEntry.objects.filter(action__startswith="jury.").delete()
    for model in (Score, Review, Reminder, Shortlisting, EntrySummary, Assignment, Conflict):
        model.objects.all().delete()


@pytest.fixture
def edition(demo_site):
    programme = ContestProgrammePageFactory(parent=demo_site, kind="award")
    return ContestEditionPageFactory(parent=programme)


@pytest.fixture
def entries(edition):
    return [make_entry(edition, number) for number in range(1, 7)]


@pytest.fixture
def jury_round(edition):
    today = datetime.date.today()
    return Round.objects.create(
        edition=edition, name="Биринчи тур", starts_on=today, ends_on=today
    )


@pytest.fixture
def jurors(django_user_model):
    group, _changed = setup_group()
    assert Group.objects.get(name=GROUP_NAME) == group
    group.user_set.clear()  # the demo's jurors stay out of these tests
    users = []
    for number in range(1, 5):
        user = django_user_model.objects.create_user(f"test-juror{number}", password="pw")
        user.groups.add(group)
        users.append(user)
    return users
