"""Wagtail permission policies for the indicators' models: coordinators only.

Model permissions (add, change…) are not granted one by one: every action on these
models rests on ``permissions.can_coordinate``, and each model allows only the actions
that make sense for it (reported counts are read only; tokens are revoked, not edited).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import Conclusion, PlanActivity, ReportingToken, SurveyWave
from .permissions import COORDINATE_COMMUNICATION, can_coordinate

ALL = {"add", "change", "delete", "view"}


def coordinators():
    app_label, codename = COORDINATE_COMMUNICATION.split(".")
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


def register_policies() -> None:
    register_permission_policy(PlanActivity, CoordinatorPolicy(PlanActivity, ALL))
    register_permission_policy(SurveyWave, CoordinatorPolicy(SurveyWave, ALL))
    register_permission_policy(Conclusion, CoordinatorPolicy(Conclusion, ALL))
    register_permission_policy(ReportingToken, CoordinatorPolicy(ReportingToken, {"add", "view"}))
