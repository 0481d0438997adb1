"""Load the demo content drawn from the communication strategy 2022–2025.

Idempotent: content already present and unchanged is left as it is, so a second
run writes no rows.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

# Each loader takes the command's stdout; later ones may rely on earlier ones.
LOADERS = [
    ("Site tree and home pages", "cms.demo.site.load"),
    ("Editorial groups and workflow", "cms.demo.editorial.load"),
    ("Campaign themes and key messages", "campaigns.demo.themes.load"),
    ("Places, heroes and success stories", "stories.demo.load.load"),
    ("Contests, editions and example entries", "contests.demo.load.load"),
    ("Juries, assignments and scores", "jury.demo.load.load"),
    (
        "Contest decisions, published results and a winner's story draft",
        "jury.demo.decisions.load",
    ),
    ("The 2025 photo exhibition, its venues and tour", "exhibitions.demo.load.load"),
    ("Example story tips in the inbox", "tips.demo.load.load"),
    ("Example reported metrics and survey wave", "indicators.demo.load.load"),
]


class Command(BaseCommand):
    help = "Load demo content (Kyrgyz source with Russian and English translations)."

    def handle(self, *args, **options):
        total = len(LOADERS)
        for number, (label, dotted_path) in enumerate(LOADERS, start=1):
            self.stdout.write(f"[{number}/{total}] {label}…")
            with transaction.atomic():
                import_string(dotted_path)(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
