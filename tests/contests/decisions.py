"""Building blocks of the decision and results tests: entries, coordinators, decisions."""

from contests.coordinators import GROUP_NAME, setup_group
from contests.results import Outcome, record
from tests.jury.conftest import make_entry

__all__ = ["coordinator", "decide", "make_entry"]


def coordinator(django_user_model, username="coordinator"):
    group, _changed = setup_group()
    user = django_user_model.objects.create_user(username, password="pw")
    user.groups.add(group)
    assert group.name == GROUP_NAME
    return user


def decide(edition, entry, user, kind="winner", category="investment", rank=1, **extra):
    return record(edition, entry, Outcome(kind=kind, category=category, rank=rank, **extra), user)
