"""Bring ``locale/wagtail/ky`` up to date with the installed Wagtail and wagtail-localize.

After an upgrade their English catalogues gain and lose messages: this lists every
message they hold in our Kyrgyz catalogue, keeps the translations already made, leaves
new messages empty (they show in English until translated) and drops messages the apps
no longer have. Then compile with ``msgfmt`` or ``manage.py compilemessages``.
``--check`` changes nothing and fails when the catalogue is out of date. Running it
twice changes nothing the second time.
"""

from pathlib import Path

import polib

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

APP_PREFIXES = ("wagtail", "wagtail_localize")
DOMAINS = ("django", "djangojs")
LANGUAGE = "ky"


def source_entries(domain: str) -> list[polib.POEntry]:
    """Every message of the installed apps' English catalogues, the first of duplicates."""
    found = {}
    configs = sorted(apps.get_app_configs(), key=lambda config: config.name)
    for config in configs:
        if not config.name.startswith(APP_PREFIXES):
            continue
        path = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if not path.exists():
            continue
        package = config.name.replace(".", "/")
        for entry in polib.pofile(str(path)):
            key = (entry.msgctxt, entry.msgid)
            if entry.obsolete or key in found:
                continue
            found[key] = polib.POEntry(
                msgid=entry.msgid,
                msgctxt=entry.msgctxt,
                msgid_plural=entry.msgid_plural,
                flags=[flag for flag in entry.flags if flag != "fuzzy"],
                occurrences=[(f"{package}/{file}", line) for file, line in entry.occurrences][:3],
            )
    return list(found.values())


def translation_of(entry: polib.POEntry | None) -> str:
    if entry is None:
        return ""
    return entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr


class Command(BaseCommand):
    help = "List the installed Wagtail apps' messages in locale/wagtail/ky, keeping translations."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="fail if it would change")

    def handle(self, *args, check=False, **options):
        folder = Path(settings.BASE_DIR) / "locale" / "wagtail" / LANGUAGE / "LC_MESSAGES"
        stale = []
        for domain in DOMAINS:
            path = folder / f"{domain}.po"
            catalogue = polib.pofile(str(path), wrapwidth=0)
            existing = {(entry.msgctxt, entry.msgid): entry for entry in catalogue}
            fresh = source_entries(domain)
            added = [e for e in fresh if (e.msgctxt, e.msgid) not in existing]
            kept = {(e.msgctxt, e.msgid) for e in fresh}
            dropped = [key for key in existing if key not in kept]
            if added or dropped:
                stale.append(f"{domain}: {len(added)} new, {len(dropped)} gone")
            if check:
                continue
            updated = polib.POFile(wrapwidth=0)
            updated.header = catalogue.header
            updated.metadata = catalogue.metadata
            for entry in fresh:
                text = translation_of(existing.get((entry.msgctxt, entry.msgid)))
                if entry.msgid_plural:
                    entry.msgstr_plural = {0: text}
                else:
                    entry.msgstr = text
                updated.append(entry)
            updated.save(str(path))
            translated = len(updated.translated_entries())
            self.stdout.write(f"{domain}: {len(updated)} messages, {translated} translated")
        if check and stale:
            raise CommandError("locale/wagtail/ky is out of date: " + "; ".join(stale))
