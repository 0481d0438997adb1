"""The "Jurors" group: members reach the Wagtail admin and the jury area, nothing else.

Set up by ``manage.py setup_jurors`` (idempotent).
"""

from django.contrib.auth.models import Group

from cms.groups import sync_group

GROUP_NAME = "Jurors"
PERMISSIONS = ["wagtailadmin.access_admin"]


def setup_group() -> tuple[Group, bool]:
    """The group with exactly its permissions; True when something changed."""
    return sync_group(GROUP_NAME, PERMISSIONS)


def is_juror(user) -> bool:
    return user.is_active and (user.is_superuser or user.groups.filter(name=GROUP_NAME).exists())
