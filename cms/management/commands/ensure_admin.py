"""Make sure an administrator can log in to the admin; safe to run repeatedly.

The password is set only when the account is created, so a password changed
later through the admin is kept.
"""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

DEFAULT_USERNAME = "admin"
DEFAULT_PASSWORD = "mekendesh-demo"  # noqa: S105 - demo only, printed to the console


class Command(BaseCommand):
    help = "Create a superuser (DJANGO_SUPERUSER_USERNAME / _PASSWORD) if none has that name."

    def handle(self, *args, **options):
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", DEFAULT_USERNAME)
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD", DEFAULT_PASSWORD)
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=username,
            defaults={"is_staff": True, "is_superuser": True, "email": ""},
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
            self.stdout.write(self.style.SUCCESS(f"Created the administrator {username!r}."))
            password_hint = password
        else:
            if not (user.is_staff and user.is_superuser and user.is_active):
                user.is_staff = user.is_superuser = user.is_active = True
                user.save(update_fields=["is_staff", "is_superuser", "is_active"])
            password_hint = "(the password it was given when it was created)"  # noqa: S105
        self.stdout.write(
            f"Log in at http://127.0.0.1:8000/admin/ as {username} / {password_hint}"
        )
