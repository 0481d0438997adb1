"""The "Contest coordinators" group: they read and screen entries, and nothing else here.

Set up by ``manage.py setup_contest_coordinators`` (idempotent; ``load_demo`` runs it).
"""

from django.contrib.auth.models import Group, Permission

GROUP_NAME = "Contest coordinators"
PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("contests", "view_entry"),
    ("contests", "change_entry"),
    ("contests", "screen_entry"),
]


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
