from django.conf import settings
from django.core.management.base import BaseCommand

from tips.anonymise import anonymise, due_tips


class Command(BaseCommand):
    help = (
        "Remove senders' contacts from story tips closed (became a story or declined) more "
        "than STORY_TIP_ANONYMISE_AFTER_DAYS (or --days) ago. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)

    def handle(self, *args, days=None, **options):
        days = settings.STORY_TIP_ANONYMISE_AFTER_DAYS if days is None else days
        tips = list(due_tips(days))
        for number, tip in enumerate(tips, start=1):
            anonymise(tip)
            if number % 50 == 0 or number == len(tips):
                self.stdout.write(f"  {number}/{len(tips)}")
        self.stdout.write(f"Anonymised {len(tips)} story tips.")
