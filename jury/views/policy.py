"""Coordinators, and only they, may do anything in the jury's admin.

A Wagtail permission policy per model, all resting on ``permissions.can_coordinate``;
each model allows only the actions that make sense for it (nothing is ever deleted,
assignments are withdrawn rather than edited).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from ..models import Assignment, Conflict, Round
from ..permissions import COORDINATE_JURY, can_coordinate


def coordinators():
    app_label, codename = COORDINATE_JURY.split(".")
    permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(user_permissions__in=permission)
            | Q(groups__permissions__in=permission)
        )
        .distinct()
    )


class CoordinatorPolicy(BasePermissionPolicy):
    def __init__(self, model, actions):
        super().__init__(model)
        self.actions = frozenset(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and can_coordinate(user)

    def users_with_any_permission(self, actions):
        if self.actions.isdisjoint(actions):
            return get_user_model().objects.none()
        return coordinators()


register_permission_policy(Round, CoordinatorPolicy(Round, {"add", "change", "view"}))
register_permission_policy(Assignment, CoordinatorPolicy(Assignment, {"add", "view"}))
register_permission_policy(Conflict, CoordinatorPolicy(Conflict, {"add", "change", "view"}))
