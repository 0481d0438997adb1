from django.conf import settings
from django.core.management.base import BaseCommand

from contests.anonymise import anonymise, due_entries


class Command(BaseCommand):
    help = (
        "Remove entrants' contact data from entries whose edition's results are older "
        "than CONTEST_ANONYMISE_AFTER_MONTHS (or --months); counts per country, category "
        "and medium stay. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=None)

    def handle(self, *args, months=None, **options):
        months = settings.CONTEST_ANONYMISE_AFTER_MONTHS if months is None else months
        entries = list(due_entries(months))
        for number, entry in enumerate(entries, start=1):
            anonymise(entry)
            if number % 50 == 0 or number == len(entries):
                self.stdout.write(f"  {number}/{len(entries)}")
        self.stdout.write(f"Anonymised {len(entries)} entries.")
