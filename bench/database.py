"""The bench database, beside the configured one so the developer's content is never touched."""

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
import psycopg
from psycopg import sql

from django.conf import settings


def bench_database_url() -> tuple[str, str]:
    """The bench database's URL beside the configured one, and a label without secrets."""
    database = settings.DATABASES["default"]
    vendor = database["ENGINE"].rsplit(".", 1)[-1]
    if vendor == "sqlite3":
        path = Path(settings.BASE_DIR) / "bench.sqlite3"
        return f"sqlite:///{path}", f"SQLite {path.name}"
    if vendor != "postgresql":
        raise ValueError(f"The benchmark runs on SQLite or PostgreSQL, not {vendor}.")
    name = database["NAME"]
    bench_name = name if name.endswith("_bench") else f"{name}_bench"
    configured = os.environ.get("DATABASE_URL", "")
    parts = urlsplit(configured)
    url = urlunsplit(parts._replace(path=f"/{bench_name}"))
    create_postgres_database(url, bench_name)
    return url, f"PostgreSQL {bench_name} on {parts.hostname}:{parts.port or 5432}"


def create_postgres_database(url: str, name: str) -> None:
    config = dj_database_url.parse(url)
    params = {
        "dbname": "postgres",
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
    }
    with psycopg.connect(**{k: v for k, v in params.items() if v}, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
