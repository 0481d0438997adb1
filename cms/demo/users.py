"""One demo login per group, so each role's view of the admin can be tried at once.

Created only where the demo password is allowed (``ALLOW_DEMO_ADMIN_PASSWORD``: the dev
and test settings); elsewhere the loader says so and creates nobody. A password changed
later is kept, and every run prints the logins again.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms.management.commands.ensure_admin import DEFAULT_PASSWORD


def ensure_demo_user(stdout, username: str, group_name: str, full_name: str):
    """The demo user, or None where demo passwords are off."""
    if not settings.ALLOW_DEMO_ADMIN_PASSWORD:
        stdout.write(f"  demo login {username!r} not created: demo passwords are off here")
        return None
    first_name, _, last_name = full_name.partition(" ")
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": f"{last_name} (example)",
            "email": f"{username}@example.org",
        },
    )
    if created:
        user.set_password(DEFAULT_PASSWORD)
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=group_name))
    password = DEFAULT_PASSWORD if created else "(its password)"
    stdout.write(f"  demo login: {username} / {password} — {group_name}")
    return user
