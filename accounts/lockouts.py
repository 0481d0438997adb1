"""The admin's list of failed sign-ins, where an administrator unlocks an account.

django-axes counts failures in AccessAttempt rows; deleting the row of an account or
an address lifts its lockout (what `manage.py axes_reset_username` does). Rows are
written only by axes, so the screen offers no add or edit.
"""

from axes.models import AccessAttempt

from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy


class UnlockOnlyPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action in {"add", "change"}:
            return False
        return super().user_has_permission(user, action)


register_permission_policy(AccessAttempt, UnlockOnlyPermissionPolicy(AccessAttempt))


class LockoutViewSet(ModelViewSet):
    model = AccessAttempt
    icon = "lock"
    menu_label = _("Failed sign-ins")
    menu_name = "failed-sign-ins"
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    exclude_form_fields = []
