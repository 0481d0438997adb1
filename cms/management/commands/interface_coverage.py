"""How many of the everyday admin screens' strings are translated, per language.

``--missing ky`` lists what Kyrgyz still lacks (for the next translation pass);
``--fail-under 95`` makes the command fail when a language's total is below it.
"""

from django.core.management.base import BaseCommand, CommandError

from cms.interface_coverage import LANGUAGES, coverage, untranslated


class Command(BaseCommand):
    help = "Print the share of translated interface strings of the admin's everyday screens."

    def add_arguments(self, parser):
        parser.add_argument("--missing", metavar="LANGUAGE", help="list the untranslated strings")
        parser.add_argument(
            "--fail-under", type=float, metavar="PERCENT", help="fail below this total coverage"
        )

    def handle(self, *args, missing=None, fail_under=None, **options):
        if missing:
            if missing not in LANGUAGES:
                raise CommandError(f"--missing takes one of: {', '.join(LANGUAGES)}")
            for message in untranslated(missing):
                context = f"[{message.context}] " if message.context else ""
                self.stdout.write(f"{message.domain}: {context}{message.msgid}")
            return
        rows = coverage()
        width = max(len(row["screen"]) for row in rows)
        languages = "".join(f"  {lang:>13}" for lang in LANGUAGES)
        header = f"{'screen':<{width}}  {'strings':>7}{languages}"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for row in rows:
            cells = "".join(
                f"  {row[lang]:>5} {percent(row[lang], row['strings']):>6.1f}%"
                for lang in LANGUAGES
            )
            self.stdout.write(f"{row['screen']:<{width}}  {row['strings']:>7}{cells}")
        total = rows[-1]
        if fail_under is not None:
            below = [
                lang for lang in LANGUAGES if percent(total[lang], total["strings"]) < fail_under
            ]
            if below:
                raise CommandError(f"Coverage below {fail_under}% for: {', '.join(below)}")


def percent(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 100.0
