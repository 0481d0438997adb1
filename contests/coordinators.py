"""The "Contest coordinators" group: they screen entries and run the juries, nothing else.

Set up by ``manage.py setup_contest_coordinators`` (idempotent; ``load_demo`` runs it).
"""

from django.contrib.auth.models import Group

from cms.groups import sync_group

GROUP_NAME = "Contest coordinators"
# The permission that tells a coordinator (``is_coordinator``).
COORDINATE_JURY = "jury.coordinate_jury"
PERMISSIONS = [
    "wagtailadmin.access_admin",
    "contests.view_entry",
    "contests.change_entry",
    "contests.screen_entry",
    COORDINATE_JURY,
]


def is_coordinator(user) -> bool:
    """Who may run a jury and publish results: the one test, asked by both apps."""
    return user.is_active and user.has_perm(COORDINATE_JURY)


def setup_group() -> tuple[Group, bool]:
    """The group with exactly its permissions; True when something changed."""
    return sync_group(GROUP_NAME, PERMISSIONS)
