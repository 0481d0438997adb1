"""Who may manage webhook subscribers: THE test for every webhooks view.

The ``webhooks.manage_subscribers`` permission, which the "Coordinating editors" group
holds (``cms/editorial.py``); nobody else sees subscribers, secrets or delivery logs.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

MANAGE_SUBSCRIBERS = "webhooks.manage_subscribers"


def can_manage(user) -> bool:
    return user.is_active and user.has_perm(MANAGE_SUBSCRIBERS)


def managers():
    """Active users holding the permission (superusers included)."""
    app_label, codename = MANAGE_SUBSCRIBERS.split(".")
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
