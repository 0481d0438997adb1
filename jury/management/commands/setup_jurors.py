from django.core.management.base import BaseCommand

from jury.jurors import GROUP_NAME, setup_group


class Command(BaseCommand):
    help = 'Create or update the "Jurors" group (idempotent).'

    def handle(self, *args, **options):
        _group, changed = setup_group()
        state = "updated" if changed else "unchanged"
        self.stdout.write(f"{GROUP_NAME}: {state}")
