"""What `make bench` sets up: its database, generated stories and a gunicorn server.

Each story is a real Wagtail page, added to the Kyrgyz story index and published
through a revision, so every API reads it exactly as it reads an editor's story.
Slugs are numbered (``bench-story-0001``…), so a second run adds only the missing ones.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from campaigns.models import CampaignThemePage
from cms.demo.photos import ensure_photo
from cms.demo.translation import paragraphs
from media_library.enums import ReleaseStatus
from stories.enums import ContributionKind, Currency, PersonRole, SustainableDevelopmentGoal
from stories.models import (
    Country,
    Person,
    Place,
    Sector,
    StoryContribution,
    StoryHero,
    StoryIndexPage,
    StoryPlace,
    StorySDG,
    StorySector,
    StoryTheme,
    SuccessStoryPage,
)

SLUG_PREFIX = "bench-story-"
PHOTO_COUNT = 10
HERO_COUNT = 12
BATCH = 25
STARTUP_SECONDS = 30

VILLAGES = ["Кара-Суу", "Ак-Талаа", "Көк-Жар", "Төрт-Көл", "Сары-Булак", "Ой-Тал"]
DEEDS = [
    ("мектепке компьютер класс ачты", "балдар"),
    ("айылга таза суу түтүгүн тартты", "үй-бүлөлөр"),
    ("жаштарга IT курстарын уюштурду", "жаштар"),
    ("ооруканага жабдык сатып берди", "бейтаптар"),
    ("нан бышыруучу цех курду", "жумушчулар"),
]


def bench_photos(count: int) -> list:
    photos = []
    for number in range(1, count + 1):
        alt = {
            "ky": f"Тоо этегиндеги айыл, сүрөт {number}",
            "ru": f"Село у подножия гор, фото {number}",
            "en": f"A village below the mountains, photo {number}",
        }
        photo = ensure_photo(
            f"bench-{number:02d}", title=f"Bench photo {number:02d}", alt=alt, caption=alt
        )
        if photo.release_status != ReleaseStatus.NOT_NEEDED:
            raise ValueError(f"{photo} needs a release; bench photos must not.")
        photos.append(photo)
    return photos


def bench_heroes(locale, places, countries, photos) -> list[Person]:
    heroes = []
    for number in range(1, HERO_COUNT + 1):
        hero, _ = Person.objects.get_or_create(
            locale=locale,
            name=f"Мекендеш {number:02d}",
            defaults={
                "role": PersonRole.INVESTOR if number % 3 else PersonRole.BENEFICIARY,
                "description": "Чет өлкөдө иштеп, мекенине салым кошкон мекендеш.",
                "country_of_residence": countries[number % len(countries)] if countries else None,
                "home_place": places[number % len(places)],
                "photo": photos[number % len(photos)],
            },
        )
        heroes.append(hero)
    return heroes


def story_body(number: int) -> list[dict]:
    """Six blocks of the block library, in the shapes its blocks store."""
    village = VILLAGES[number % len(VILLAGES)]
    deed, people = DEEDS[number % len(DEEDS)]
    return [
        {"type": "text", "value": paragraphs(f"{village} айылынын тургуну {deed}.")},
        {"type": "heading", "value": {"text": "Эмне өзгөрдү", "level": "h2"}},
        {
            "type": "text",
            "value": paragraphs(
                f"Долбоор {number % 9 + 1} айда ишке ашты.",
                f"Эми {people} жаңы мүмкүнчүлүктөргө ээ болушту.",
            ),
        },
        {
            "type": "key_figures",
            "value": {
                "items": [
                    {"number": Decimal(number % 90 + 10), "unit": "", "label": people},
                    {"number": Decimal(number * 1000), "unit": "сом", "label": "инвестиция"},
                ]
            },
        },
        {
            "type": "quote",
            "value": {
                "quote": "Мекенге кайтып келип, айылыма пайда алып келгеним мен үчүн бакыт.",
                "attribution": f"Мекендеш {number % HERO_COUNT + 1:02d}",
                "role": "",
            },
        },
        {"type": "text", "value": paragraphs("Айыл өкмөтү долбоорду колдоону улантат.")},
    ]


def build_story(number: int, context: dict) -> SuccessStoryPage:
    def pick(items, count):
        return [items[(number + step) % len(items)] for step in range(min(count, len(items)))]

    place = context["places"][number % len(context["places"])]
    page = SuccessStoryPage(
        title=f"Мекендештин салымы №{number}",
        slug=f"{SLUG_PREFIX}{number:04d}",
        standfirst="Чет өлкөдөгү мекендеш айылына инвестиция салып, жашоону жакшыртты.",
        hero_image=context["photos"][number % len(context["photos"])],
        body=story_body(number),
        place=place,
        country_of_residence=pick(context["countries"], 1)[0] if context["countries"] else None,
        amount=Decimal(number * 1000),
        currency=Currency.KGS,
        beneficiaries=number % 200 + 5,
    )
    page.hero_links = [StoryHero(person=hero) for hero in pick(context["heroes"], 3)]
    page.place_links = [
        StoryPlace(place=other) for other in pick(context["places"], 2) if other != place
    ]
    page.sector_links = [StorySector(sector=sector) for sector in pick(context["sectors"], 2)]
    page.theme_links = [StoryTheme(theme=theme) for theme in pick(context["themes"], 2)]
    page.contributions = [StoryContribution(kind=ContributionKind.MONEY)]
    page.sdgs = [StorySDG(goal=SustainableDevelopmentGoal.DECENT_WORK)]
    return page


def story_index(locale) -> StoryIndexPage:
    index = StoryIndexPage.objects.filter(locale=locale, depth=3).order_by("path").first()
    if index is None:
        raise LookupError("No story index in the default locale: run `manage.py load_demo`.")
    return index


def bench_story_ids() -> list[int]:
    return list(
        SuccessStoryPage.objects.filter(slug__startswith=SLUG_PREFIX)
        .order_by("slug")
        .values_list("pk", flat=True)
    )


def generate_stories(count: int, write=print) -> list[int]:
    """Make sure stories 1…``count`` exist and are live; return every bench story's id."""
    locale = Locale.get_default()
    index = story_index(locale)
    existing = set(
        SuccessStoryPage.objects.child_of(index)
        .filter(slug__startswith=SLUG_PREFIX)
        .values_list("slug", flat=True)
    )
    missing = [n for n in range(1, count + 1) if f"{SLUG_PREFIX}{n:04d}" not in existing]
    write(f"  {count - len(missing)} of {count} bench stories present, {len(missing)} to add")
    if missing:
        photos = bench_photos(min(count, PHOTO_COUNT))
        places = list(Place.objects.filter(locale=locale).order_by("path"))
        countries = list(Country.objects.filter(locale=locale).order_by("code"))
        context = {
            "photos": photos,
            "places": places,
            "countries": countries,
            "sectors": list(Sector.objects.filter(locale=locale).order_by("key")),
            "themes": list(
                CampaignThemePage.objects.filter(locale=locale).live().order_by("path")
            ),
            "heroes": bench_heroes(locale, places, countries, photos),
        }
        started = time.monotonic()
        for start in range(0, len(missing), BATCH):
            # Wagtail re-indexes a page's references on every child row it saves; doing
            # it once per page instead makes generation several times faster.
            with transaction.atomic(), disable_reference_index_auto_update():
                for number in missing[start : start + BATCH]:
                    page = build_story(number, context)
                    index.add_child(instance=page)
                    page.save_revision().publish()
                    ReferenceIndex.create_or_update_for_object(page)
            done = min(start + BATCH, len(missing))
            rate = done / max(time.monotonic() - started, 1e-6)
            write(f"  added {done}/{len(missing)} stories ({rate:.0f}/s)")
    return bench_story_ids()


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
    import psycopg
    from psycopg import sql

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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class GunicornServer:
    """gunicorn on 127.0.0.1 and a free port, stopped (and its log shown on failure) on exit."""

    def __init__(self, workers: int, threads: int):
        self.workers, self.threads = workers, threads

    def __enter__(self) -> int:
        self.port = free_port()
        self.log = tempfile.TemporaryFile()
        argv = [sys.executable, "-m", "gunicorn", "cms.wsgi:application"]
        argv += ["--bind", f"127.0.0.1:{self.port}", "--worker-class", "gthread"]
        argv += ["--workers", str(self.workers), "--threads", str(self.threads)]
        argv += ["--keep-alive", "75", "--timeout", "120", "--log-level", "warning"]
        self.process = subprocess.Popen(  # noqa: S603
            argv, cwd=settings.BASE_DIR, stdout=self.log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._fail("gunicorn exited on startup")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self.port
            except OSError:
                time.sleep(0.2)
        self._fail(f"gunicorn did not listen within {STARTUP_SECONDS} s")
        return self.port

    def __exit__(self, exc_type, exc, traceback):
        self._stop()
        if exc_type is not None:
            sys.stderr.write(self._log_tail())
        self.log.close()

    def _stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def _log_tail(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-4000:]

    def _fail(self, message):
        self._stop()
        tail = self._log_tail()
        self.log.close()
        raise RuntimeError(f"{message}:\n{tail}")
