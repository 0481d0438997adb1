"""Builders shared by the results, progress, reminder and export tests."""

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.users.models import UserProfile

from contests.coordinators import GROUP_NAME as COORDINATORS
from contests.coordinators import setup_group as setup_coordinators
from jury.enums import ReviewState
from jury.models import Assignment, Review, Score


def user_in(django_user_model, username, group_name=None, **fields):
    user = django_user_model.objects.create_user(username, password="pw", **fields)
    if group_name == COORDINATORS:
        setup_coordinators()
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def coordinator(django_user_model, username="test-coordinator", language="en"):
    """A contest coordinator whose admin speaks ``language``."""
    user = user_in(django_user_model, username, COORDINATORS)
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})
    return user


def review(round, entry, juror, values=None, state=ReviewState.SUBMITTED):
    """An assignment with a review in ``state`` and its scores ``{criterion: value}``."""
    assignment, _created = Assignment.objects.get_or_create(round=round, entry=entry, juror=juror)
    submitted_at = timezone.now() if state == ReviewState.SUBMITTED else None
    row = Review.objects.create(assignment=assignment, state=state, submitted_at=submitted_at)
    for criterion, value in (values or {}).items():
        Score.objects.create(review=row, criterion=criterion, value=value)
    return row
