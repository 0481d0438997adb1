"""Giving a group exactly its model permissions: one way for every app that defines a group.

The editorial groups, the contest coordinators and the jurors are each set up by an
idempotent command; all of them name permissions as ``"app_label.codename"`` and end with
the group holding those and no others (grants added by hand are removed).
"""

from django.contrib.auth.models import Group, Permission


def permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def sync_group(name: str, permissions: list[str]) -> tuple[Group, bool]:
    """The group with exactly ``permissions``; True when something was created or changed."""
    group, created = Group.objects.get_or_create(name=name)
    wanted = {permission(dotted).pk for dotted in permissions}
    current = set(group.permissions.values_list("pk", flat=True))
    if wanted != current:
        group.permissions.set(wanted)
    return group, created or wanted != current
