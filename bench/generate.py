"""The benchmark's stories, created in bulk.

Each story is a real Wagtail page below the Kyrgyz story index with a published
revision, its child rows and its search entry, so every API reads it exactly as it
reads an editor's story. Creating pages one by one (``add_child`` then
``save_revision().publish()``) runs some thirty queries and several signal handlers per
story, about five stories a second; here a batch of pages is written in a handful of
statements: tree paths are computed from the index's last child, the page rows, the
story rows, the child rows and the revisions are each one bulk insert, then the
content version is replaced once. Slugs are numbered (``bench-story-00001``…), so a
second run adds only the missing ones.
"""

import datetime
import time
import uuid
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone

from wagtail.models import Locale, Page, Revision
from wagtail.search.backends import get_search_backends

from campaigns.models import CampaignThemePage
from cms.api.content_version import bump_content_version
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
BATCH = 500
# The child relations a bench story fills, in the order they are written.
CHILD_RELATIONS = (
    "hero_links",
    "place_links",
    "sector_links",
    "theme_links",
    "contributions",
    "sdgs",
)

VILLAGES = ["Кара-Суу", "Ак-Талаа", "Көк-Жар", "Төрт-Көл", "Сары-Булак", "Ой-Тал"]
DEEDS = [
    ("мектепке компьютер класс ачты", "балдар"),
    ("айылга таза суу түтүгүн тартты", "үй-бүлөлөр"),
    ("жаштарга IT курстарын уюштурду", "жаштар"),
    ("ооруканага жабдык сатып берди", "бейтаптар"),
    ("нан бышыруучу цех курду", "жумушчулар"),
]


def slug_of(number: int) -> str:
    return f"{SLUG_PREFIX}{number:05d}"


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
    """An unsaved story with its child relations, dated a day apart going back."""

    def pick(items, count):
        return [items[(number + step) % len(items)] for step in range(min(count, len(items)))]

    place = context["places"][number % len(context["places"])]
    title = f"Мекендештин салымы №{number}"
    page = SuccessStoryPage(
        title=title,
        draft_title=title,
        slug=slug_of(number),
        standfirst="Чет өлкөдөгү мекендеш айылына инвестиция салып, жашоону жакшыртты.",
        story_date=context["today"] - datetime.timedelta(days=number % 3650),
        hero_image=context["photos"][number % len(context["photos"])],
        body=story_body(number),
        place=place,
        country_of_residence=pick(context["countries"], 1)[0] if context["countries"] else None,
        amount=Decimal(number * 1000),
        currency=Currency.KGS,
        beneficiaries=number % 200 + 5,
        has_video=False,
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


def generation_context(locale, count: int) -> dict:
    photos = bench_photos(min(count, PHOTO_COUNT))
    places = list(Place.objects.filter(locale=locale).order_by("path"))
    countries = list(Country.objects.filter(locale=locale).order_by("code"))
    return {
        "today": timezone.localdate(),
        "photos": photos,
        "places": places,
        "countries": countries,
        "sectors": list(Sector.objects.filter(locale=locale).order_by("key")),
        "themes": list(CampaignThemePage.objects.filter(locale=locale).live().order_by("path")),
        "heroes": bench_heroes(locale, places, countries, photos),
    }


def generate_stories(count: int, write=print) -> list[int]:
    """Make sure stories 1…``count`` exist and are live; return every bench story's id."""
    locale = Locale.get_default()
    index = story_index(locale)
    existing = set(
        SuccessStoryPage.objects.child_of(index)
        .filter(slug__startswith=SLUG_PREFIX)
        .values_list("slug", flat=True)
    )
    missing = [n for n in range(1, count + 1) if slug_of(n) not in existing]
    write(f"  {count - len(missing)} of {count} bench stories present, {len(missing)} to add")
    if missing:
        context = generation_context(locale, count)
        started = time.monotonic()
        for start in range(0, len(missing), BATCH):
            with transaction.atomic():
                index.refresh_from_db(fields=["numchild"])
                pages = [build_story(number, context) for number in missing[start : start + BATCH]]
                insert_pages(index, pages)
                bump_content_version()
            done = min(start + BATCH, len(missing))
            rate = done / max(time.monotonic() - started, 1e-6)
            write(f"  added {done}/{len(missing)} stories ({rate:.0f}/s)")
    return bench_story_ids()


def insert_pages(index: Page, stories: list[SuccessStoryPage]) -> None:
    """Write ``stories`` as the last children of ``index``, live, with one revision each."""
    now = timezone.now()
    page_type = ContentType.objects.get_for_model(Page)
    story_type = ContentType.objects.get_for_model(SuccessStoryPage)
    last = index.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    for story in stories:
        step += 1
        story.path = Page._get_path(index.path, index.depth + 1, step)
        story.depth = index.depth + 1
        story.numchild = 0
        story.url_path = f"{index.url_path}{story.slug}/"
        story.locale_id = index.locale_id
        story.content_type = story_type
        story.live = True
        story.has_unpublished_changes = False
        story.first_published_at = story.last_published_at = now
        story.latest_revision_created_at = now

    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    rows = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(story, f.attname) for f in page_fields}) for story in stories]
    )
    for story, row in zip(stories, rows, strict=True):
        story.id = story.page_ptr_id = row.pk
    _insert_story_rows(stories)
    _insert_children(stories)

    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type=story_type,
                base_content_type=page_type,
                object_id=str(story.pk),
                object_str=story.title,
                created_at=now,
                content=story.serializable_data(),
            )
            for story in stories
        ]
    )
    for story, revision in zip(stories, revisions, strict=True):
        story.latest_revision_id = story.live_revision_id = revision.pk
    # One UPDATE with a subquery: bulk_update's CASE over hundreds of rows is slower.
    own_revision = Subquery(
        Revision.objects.filter(
            base_content_type=page_type, object_id=Cast(OuterRef("pk"), CharField())
        ).values("pk")[:1]
    )
    Page.objects.filter(pk__in=[story.pk for story in stories]).update(
        latest_revision_id=own_revision, live_revision_id=own_revision
    )
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(stories))
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(SuccessStoryPage, stories)


def _insert_story_rows(stories: list[SuccessStoryPage]) -> None:
    """The story table's own columns: ``bulk_create`` refuses multi-table models, so the
    rows go through the same insert it uses, in batches the database accepts."""
    fields = SuccessStoryPage._meta.local_concrete_fields
    size = connection.ops.bulk_batch_size(fields, stories) or len(stories)
    for start in range(0, len(stories), size):
        SuccessStoryPage._base_manager._insert(stories[start : start + size], fields=fields)


def _insert_children(stories: list[SuccessStoryPage]) -> None:
    for relation in CHILD_RELATIONS:
        children = []
        for story in stories:
            for order, child in enumerate(getattr(story, relation).all()):
                child.page_id = story.pk
                child.sort_order = order
                if hasattr(child, "translation_key"):
                    child.locale_id = story.locale_id
                    child.translation_key = uuid.uuid4()
                children.append(child)
        if children:
            type(children[0]).objects.bulk_create(children)
