"""Make sure an administrator can log in to the admin; safe to run repeatedly.

The password is set only when the account is created, so a password changed
later through the admin is kept. The demo password is accepted only where
ALLOW_DEMO_ADMIN_PASSWORD is on (the dev and test settings): anywhere else the
command stops before creating an account anyone could guess.
"""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

DEFAULT_USERNAME = "admin"
DEFAULT_PASSWORD = "mekendesh-demo"  # noqa: S105 - demo only, printed to the console


class Command(BaseCommand):
    help = "Create a superuser (DJANGO_SUPERUSER_USERNAME / _PASSWORD) if none has that name."

    def handle(self, *args, **options):
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", DEFAULT_USERNAME)
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD", DEFAULT_PASSWORD)
        if not settings.ALLOW_DEMO_ADMIN_PASSWORD:
            self.refuse_weak_password(username, password)
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

    @staticmethod
    def refuse_weak_password(username, password):
        if password == DEFAULT_PASSWORD:
            raise CommandError(
                "The demo password is for local development only. Set "
                "DJANGO_SUPERUSER_PASSWORD to a strong password of your own."
            )
        try:
            validate_password(password, get_user_model()(username=username))
        except ValidationError as error:
            raise CommandError(
                "DJANGO_SUPERUSER_PASSWORD is too weak: " + " ".join(error.messages)
            ) from None
