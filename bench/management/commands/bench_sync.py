"""Measure delta sync on the demo: a full first sync and a one-story delta, per language.

Like ``bench_api``, it first works out the bench database beside the configured one
(the developer's content is never touched) and runs itself again there with
``bench.settings``: migrate, load the demo, then request ``/api/v1/sync`` in process
(Django's test client, ``Accept-Encoding: gzip``, the production middleware). The
one-story delta is made in a transaction rolled back afterwards, so the demo stays.
"""

import argparse
import gzip
import io
import json
import os
import statistics
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test import Client

from bench.database import bench_database_url
from cms.api.sync.models import SyncEntry, SyncState
from stories.models import SuccessStoryPage

BENCH_SETTINGS = "bench.settings"


class Command(BaseCommand):
    help = "Measure bytes and time of a full first sync and of a one-story delta."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=5, help="measured rounds, per figure")
        parser.add_argument("--in-bench-database", action="store_true", help=argparse.SUPPRESS)

    def handle(self, *args, **options):
        if not options["in_bench_database"]:
            url, label = bench_database_url()
            self.stdout.write(f"Bench database: {label}")
            env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": BENCH_SETTINGS}
            argv = [sys.executable, str(settings.BASE_DIR / "manage.py"), "bench_sync"]
            argv += ["--rounds", str(options["rounds"]), "--in-bench-database"]
            if subprocess.run(argv, env=env, check=False).returncode:  # noqa: S603
                raise CommandError("The sync measurement failed.")
            return
        if settings.SETTINGS_MODULE != BENCH_SETTINGS:
            raise CommandError(
                f"--in-bench-database needs DJANGO_SETTINGS_MODULE={BENCH_SETTINGS}"
            )
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo", stdout=io.StringIO())
        client = Client(HTTP_HOST="localhost", HTTP_ACCEPT_ENCODING="gzip")
        rounds = max(1, options["rounds"])
        self.stdout.write(
            "| locale | what | requests | uncompressed | gzip | ms (first client) "
            "| ms (next client) |"
        )
        self.stdout.write("|---|---|---|---|---|---|---|")
        for locale in ("ky", "ru", "en"):
            self.row(locale, "full first sync", [self.full(client, locale) for _ in range(rounds)])
            token = self.full(client, locale)[3]
            self.row(locale, "empty delta", [self.delta(client, token) for _ in range(rounds)])
            self.row(
                locale, "one-story delta", [self.edited(client, locale) for _ in range(rounds)]
            )

    def row(self, locale, what, runs):
        requests, raw, packed = runs[0][0], runs[0][1], runs[0][2]
        first = statistics.median(run[4] for run in runs)
        second = statistics.median(run[5] for run in runs)
        self.stdout.write(
            f"| {locale} | {what} | {requests} | {raw / 1024:.1f} KB | {packed / 1024:.1f} KB "
            f"| {first:.0f} | {second:.0f} |"
        )

    def sync(self, client, params):
        """Every page: (requests, bytes, gzip bytes, next sync token, ms)."""
        requests = raw = packed = 0
        started = time.perf_counter()
        while True:
            response = client.get("/api/v1/sync", params)
            if response.status_code != 200:
                raise CommandError(f"/api/v1/sync answered {response.status_code}")
            body = response.content
            text = gzip.decompress(body) if response.get("Content-Encoding") == "gzip" else body
            requests, raw, packed = requests + 1, raw + len(text), packed + len(body)
            answer = json.loads(text)
            if answer["next_sync_token"]:
                elapsed = (time.perf_counter() - started) * 1000
                return requests, raw, packed, answer["next_sync_token"], elapsed
            params = {"token": answer["next_page_token"]}

    def full(self, client, locale):
        """From an empty ledger (the first client pays the reconcile), then a second
        client from the ledger as it is."""
        SyncEntry.objects.filter(language=locale).delete()
        SyncState.objects.filter(language=locale).delete()
        first = self.sync(client, {"locale": locale})
        second = self.sync(client, {"locale": locale})
        return (*first, second[4])

    def delta(self, client, token):
        first = self.sync(client, {"token": token})
        second = self.sync(client, {"token": token})
        return (*first, second[4])

    def edited(self, client, locale):
        token = self.sync(client, {"locale": locale})[3]
        with transaction.atomic():
            story = SuccessStoryPage.objects.filter(locale__language_code=locale).first()
            story.title = f"{story.title} ·"
            story.save_revision().publish()
            measured = self.delta(client, token)
            transaction.set_rollback(True)
        return measured
