"""Subscribers are managed only by holders of ``webhooks.manage_subscribers``: a
Wagtail permission policy resting on ``permissions.can_manage``."""

from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from ..models import Subscriber
from ..permissions import can_manage, managers


class ManagersOnlyPolicy(BasePermissionPolicy):
    actions = frozenset({"add", "change", "delete", "view"})

    def user_has_permission(self, user, action):
        return action in self.actions and can_manage(user)

    def users_with_any_permission(self, actions):
        if self.actions.isdisjoint(actions):
            return managers().none()
        return managers()


register_permission_policy(Subscriber, ManagersOnlyPolicy(Subscriber))
