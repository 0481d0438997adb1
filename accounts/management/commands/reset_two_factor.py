"""Remove a user's two-factor devices, for someone who lost their phone.

After the reset the user signs in with the password and, where two-factor is
required, sets up a new device before anything else. Safe to run again.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.two_factor import remove_devices


class Command(BaseCommand):
    help = "Remove the two-factor devices of the user with this username."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            user = get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"There is no user {username!r}.") from None
        removed = remove_devices(user)
        if removed:
            self.stdout.write(f"Removed {removed} two-factor device(s) of {username}.")
        else:
            self.stdout.write(f"{username} has no two-factor device; nothing to do.")
