"""Benchmark the Content API against Wagtail API v2 and a bare Django view, side by side.

Run through `make bench`. The command first works out a bench database beside the
configured one (``bench.sqlite3`` for SQLite, ``<name>_bench`` for PostgreSQL, created
if missing), so the developer's demo content is never touched, then runs itself again
on it with the production-like ``bench.settings``: migrate, load the demo, add the
generated stories, start gunicorn on 127.0.0.1 and measure over keep-alive connections.

Server: one gunicorn worker with one thread (``gthread``). Sync workers close the
connection after every response, so they would time a TCP handshake per request;
the client runs one request at a time, so a second worker would only idle while
keeping a second local-memory cache; and on a two-core machine the client needs the
other core. Latencies are therefore those of one request at a time, and req/s is what
one keep-alive connection gets, not the machine's saturation throughput.
"""

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from bench.database import bench_database_url
from bench.generate import generate_stories
from bench.measure import Endpoint, measure_together, ratios, render_table, wire_size
from bench.server import GunicornServer

BENCH_SETTINGS = "bench.settings"
# What a phone's story feed needs: a card per story.
LIGHT_FIELDS = "id,title,standfirst,story_date,url,hero_image"
LIGHT_RENDITIONS = "card.webp"


class Command(BaseCommand):
    help = "Load N generated stories into a bench database and benchmark the APIs over HTTP."

    def add_arguments(self, parser):
        parser.add_argument("--stories", type=int, default=500, help="stories to generate")
        parser.add_argument("--requests", type=int, default=300, help="measured, per endpoint")
        parser.add_argument("--warmup", type=int, default=30, help="warm-up, per endpoint")
        parser.add_argument(
            "--time-limit", type=float, default=30.0, help="seconds of measuring per endpoint"
        )
        parser.add_argument("--workers", type=int, default=1, help="gunicorn worker processes")
        parser.add_argument("--threads", type=int, default=1, help="threads per worker")
        parser.add_argument(
            "--output", default=str(settings.BASE_DIR / "bench-results.json"), help="JSON file"
        )
        parser.add_argument("--in-bench-database", action="store_true", help=argparse.SUPPRESS)

    def handle(self, *args, **options):
        if options["stories"] < 1 or options["requests"] < 1 or options["warmup"] < 0:
            raise CommandError("--stories and --requests must be at least 1.")
        if options["in_bench_database"]:
            return self.run_bench(options)
        return self.run_in_bench_database(options)

    # Parent: choose the bench database and run again on it.

    def run_in_bench_database(self, options):
        url, label = bench_database_url()
        self.stdout.write(f"Bench database: {label}")
        env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": BENCH_SETTINGS}
        argv = [sys.executable, str(settings.BASE_DIR / "manage.py"), "bench_api"]
        for name in ("stories", "requests", "warmup", "time_limit", "workers", "threads"):
            argv += [f"--{name.replace('_', '-')}", str(options[name])]
        argv += ["--output", options["output"], "--in-bench-database"]
        result = subprocess.run(argv, env=env, check=False)  # noqa: S603
        if result.returncode:
            raise CommandError(f"The benchmark failed (exit status {result.returncode}).")

    # Child: set up the data, serve it and measure.

    def run_bench(self, options):
        if settings.SETTINGS_MODULE != BENCH_SETTINGS:
            raise CommandError(
                f"--in-bench-database needs DJANGO_SETTINGS_MODULE={BENCH_SETTINGS}"
            )
        write = self.stdout.write
        write("[1/4] Migrating the bench database…")
        call_command("migrate", interactive=False, verbosity=0)
        write("[2/4] Loading the demo content (site tree, themes, taxonomies)…")
        call_command("load_demo", stdout=self.stdout)
        write(f"[3/4] Generating {options['stories']} stories…")
        started = time.monotonic()
        story_ids = generate_stories(options["stories"], write=write)
        write(f"  {len(story_ids)} bench stories live ({time.monotonic() - started:.1f} s)")
        connection.close()
        write("[4/4] Serving with gunicorn and measuring…")
        with GunicornServer(options["workers"], options["threads"]) as port:
            results = self.measure_all(port, story_ids[0], options)
        report = build_report(results, options, len(story_ids))
        write("")
        write(render_table(report["endpoints"]))
        Path(options["output"]).write_text(json.dumps(report, indent=2, ensure_ascii=False))
        write(f"\nFigures written to {options['output']}")

    def measure_all(self, port, story_id, options):
        stories = "/api/v1/stories?limit=20&locale=ky"
        light = f"{stories}&fields={LIGHT_FIELDS}&renditions={LIGHT_RENDITIONS}"
        detail = f"/api/v1/stories/{story_id}?locale=ky"
        v2_list = "/api/v2/pages/?type=stories.SuccessStoryPage&fields=*&limit=20&locale=ky"
        v2_detail = f"/api/v2/pages/{story_id}/"
        groups = [
            [
                Endpoint("v2 pages listing", v2_list),
                Endpoint("v1 story list, cold", stories, cold=True),
                Endpoint("v1 light list, cold", light, cold=True),
            ],
            [
                Endpoint("v2 page detail", v2_detail),
                Endpoint("v1 story detail, cold", detail, cold=True),
            ],
            [
                Endpoint("bare Django view", f"/bench/bare?bytes={wire_size(port, stories)}"),
                Endpoint("v1 story list, warm", stories),
                Endpoint("v1 light list, warm", light),
                Endpoint("v1 story detail, warm", detail),
            ],
        ]
        limits = {key: options[key] for key in ("warmup", "requests", "time_limit")}
        results = []
        for group in groups:
            names = ", ".join(endpoint.name for endpoint in group)
            self.stdout.write(f"  round-robin: {names}")
            for result in measure_together(port, group, **limits):
                self.stdout.write(f"    {result.endpoint.name}: GET {result.endpoint.path}")
                self.stdout.write(f"      {result.summary()}")
                results.append(result)
        return results


def build_report(results, options, story_count) -> dict:
    database = settings.DATABASES["default"]
    rows = ratios(results)
    return {
        "measured_at": timezone.now().isoformat(timespec="seconds"),
        "stories": story_count,
        "database": {
            "vendor": connection.vendor,
            "name": Path(str(database["NAME"])).name,
        },
        "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        "server": {
            "command": "gunicorn cms.wsgi:application",
            "worker_class": "gthread",
            "workers": options["workers"],
            "threads": options["threads"],
            "settings": BENCH_SETTINGS,
        },
        "client": {
            "connections": 1,
            "keep_alive": True,
            "accept_encoding": "gzip",
            "warmup_requests": options["warmup"],
            "measured_requests": options["requests"],
            "time_limit_seconds": options["time_limit"],
        },
        "endpoints": rows,
    }
