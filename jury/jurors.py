"""The "Jurors" group: members reach the Wagtail admin and the jury area, nothing else.

Set up by ``manage.py setup_jurors`` (idempotent).
"""

from django.contrib.auth.models import Group, Permission

GROUP_NAME = "Jurors"
PERMISSIONS = [("wagtailadmin", "access_admin")]


def setup_group() -> tuple[Group, bool]:
    """The group with exactly its permissions; True when something changed."""
    group, created = Group.objects.get_or_create(name=GROUP_NAME)
    wanted = set(
        Permission.objects.filter(
            content_type__app_label__in={app for app, _code in PERMISSIONS},
            codename__in={code for _app, code in PERMISSIONS},
        ).values_list("pk", flat=True)
    )
    current = set(group.permissions.values_list("pk", flat=True))
    if wanted != current:
        group.permissions.set(wanted)
    return group, created or wanted != current


def is_juror(user) -> bool:
    return user.is_active and (user.is_superuser or user.groups.filter(name=GROUP_NAME).exists())
