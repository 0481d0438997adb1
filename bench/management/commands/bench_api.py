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
import http.client
import json
import math
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from bench.database import bench_database_url
from bench.generate import generate_stories
from bench.server import GunicornServer

BENCH_SETTINGS = "bench.settings"


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
        list_path = "/api/v1/stories?limit=20&locale=ky"
        detail_path = f"/api/v1/stories/{story_id}?locale=ky"
        v2_path = "/api/v2/pages/?type=stories.SuccessStoryPage&fields=*&limit=20&locale=ky"
        endpoints = [
            Endpoint("v1 story list, cold", list_path, cold=True),
            Endpoint("v1 story list, warm", list_path),
            Endpoint("v1 story detail, cold", detail_path, cold=True),
            Endpoint("v1 story detail, warm", detail_path),
            Endpoint("v2 pages listing", v2_path),
        ]
        limits = {key: options[key] for key in ("warmup", "requests", "time_limit")}
        results = []
        for endpoint in endpoints:
            self.stdout.write(f"  {endpoint.name}: GET {endpoint.path}")
            results.append(measure(port, endpoint, **limits))
            self.stdout.write(f"    {results[-1].summary()}")
        sized = [r for r in results if r.available and r.endpoint.path == list_path]
        size = (sized or [r for r in results if r.available] or [None])[0]
        bare_bytes = size.body_bytes if size else 1024
        bare = Endpoint("bare Django view", f"/bench/bare?bytes={bare_bytes}")
        self.stdout.write(f"  {bare.name}: GET {bare.path}")
        results.append(measure(port, bare, **limits))
        self.stdout.write(f"    {results[-1].summary()}")
        return results


@dataclass
class Endpoint:
    name: str
    path: str
    cold: bool = False  # empty the server's cache before each request


@dataclass
class Result:
    endpoint: Endpoint
    status: int = 0
    latencies: list[float] = field(default_factory=list)
    body_bytes: int = 0
    errors: int = 0

    @property
    def available(self) -> bool:
        return self.status == 200 and bool(self.latencies)

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[max(math.ceil(share * len(ordered)) - 1, 0)] * 1000

    @property
    def rps(self) -> float:
        return len(self.latencies) / sum(self.latencies)

    def summary(self) -> str:
        if not self.available:
            return f"unavailable (HTTP {self.status or 'no answer'})"
        return (
            f"{len(self.latencies)} requests, p50 {self.percentile(0.5):.1f} ms, "
            f"p95 {self.percentile(0.95):.1f} ms, {self.rps:.0f} req/s, {self.body_bytes} bytes"
        )


def measure(port, endpoint, *, warmup, requests, time_limit) -> Result:
    """Warm up, then time up to ``requests`` GETs within ``time_limit`` seconds."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Accept": "application/json", "Accept-Encoding": "identity"}

    def get(path):
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        return response.status, response.read()

    result = Result(endpoint)
    try:
        for number in range(warmup + requests):
            if endpoint.cold:
                get("/bench/cold")
            started = time.perf_counter()
            status, body = get(endpoint.path)
            elapsed = time.perf_counter() - started
            if number == 0:
                result.status, result.body_bytes = status, len(body)
                if status != 200:
                    break
                deadline = time.monotonic() + time_limit
            if number >= warmup:
                result.latencies.append(elapsed)
                result.errors += status != 200
            if time.monotonic() > deadline:
                break
    except OSError as error:
        result.status = result.status or 0
        result.errors += 1
        sys.stderr.write(f"    {endpoint.name}: {error}\n")
    finally:
        conn.close()
    return result


def ratios(results) -> list[dict]:
    by_name = {r.endpoint.name: r for r in results if r.available}
    bare = by_name.get("bare Django view")
    v2 = by_name.get("v2 pages listing")
    rows = []
    for result in results:
        row = {"endpoint": result.endpoint.name, "path": result.endpoint.path}
        row["status"] = result.status
        if result.available:
            row |= {
                "requests": len(result.latencies),
                "errors": result.errors,
                "bytes": result.body_bytes,
                "p50_ms": round(result.percentile(0.5), 2),
                "p95_ms": round(result.percentile(0.95), 2),
                "rps": round(result.rps, 1),
                "rps_vs_bare": round(result.rps / bare.rps, 3) if bare else None,
                "rps_vs_v2": round(result.rps / v2.rps, 2)
                if v2 and result.endpoint.path.startswith("/api/v1/")
                else None,
            }
        rows.append(row)
    return rows


def render_table(rows) -> str:
    header = ("endpoint", "requests", "p50 ms", "p95 ms", "req/s", "÷ bare", "÷ v2 list")
    lines = [header]
    for row in rows:
        if "rps" not in row:
            lines.append(
                (row["endpoint"], f"unavailable (HTTP {row['status']})", "", "", "", "", "")
            )
            continue
        lines.append(
            (
                row["endpoint"],
                str(row["requests"]),
                f"{row['p50_ms']:.1f}",
                f"{row['p95_ms']:.1f}",
                f"{row['rps']:.0f}",
                "" if row["rps_vs_bare"] is None else f"{row['rps_vs_bare']:.2f}",
                "" if row["rps_vs_v2"] is None else f"{row['rps_vs_v2']:.2f}×",
            )
        )
    widths = [max(len(line[i]) for line in lines if len(line[i]) < 30) for i in range(7)]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(line, widths, strict=True))
        )
        for line in lines
    )


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
            "warmup_requests": options["warmup"],
            "measured_requests": options["requests"],
            "time_limit_seconds": options["time_limit"],
        },
        "endpoints": rows,
    }
