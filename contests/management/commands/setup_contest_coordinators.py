from django.core.management.base import BaseCommand

from contests.coordinators import GROUP_NAME, setup_group


class Command(BaseCommand):
    help = "Create or update the 'Contest coordinators' group (idempotent)."

    def handle(self, *args, **options):
        _group, changed = setup_group()
        self.stdout.write(f"{GROUP_NAME}: {'updated' if changed else 'unchanged'}")
