from django.core.management.base import BaseCommand

from cms.editorial import ensure_editorial_setup


class Command(BaseCommand):
    help = "Create or update the editorial groups, their permissions and the review workflow."

    def handle(self, *args, **options):
        groups = ensure_editorial_setup()
        for name, group in groups.items():
            self.stdout.write(f"  {name}: {group.permissions.count()} model permissions")
        self.stdout.write(self.style.SUCCESS("Editorial groups and workflow are set up."))
