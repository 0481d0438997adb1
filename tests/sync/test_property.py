"""Random sequences of editorial actions, replayed by clients through delta sync: after
every step each client's copy equals the public state, as the lists and details show
it, and as a fresh full sync gives it. Runs on the configured database (SQLite, or
PostgreSQL in CI's second run)."""

import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

from cms.api import memo
from stories.models import StoryIndexPage, SuccessStoryPage

from .replica import Replica

pytestmark = pytest.mark.django_db

POOL = 3
LOCALES = ("ky", "ru")
ACTIONS = (
    "publish",
    "edit",
    "unpublish",
    "delete",
    "move",
    "restrict",
    "expire",
    "translate",
    "untranslate",
    "toggle_section",
)
STEPS = st.lists(
    st.tuples(st.sampled_from(ACTIONS), st.integers(0, POOL - 1), st.integers(0, 2)),
    min_size=1,
    max_size=6,
)


def fresh(page):
    return SuccessStoryPage.objects.get(pk=page.pk) if page is not None else None


class Newsroom:
    """A public section, a section that can be taken offline, a private section, and a
    few stories, each with a Russian translation kept as a draft until translated."""

    def __init__(self, ky_index):
        home = ky_index.get_parent()
        self.sections = [ky_index]
        for slug in ("bolum-b", "bolum-c"):
            section = StoryIndexPage(title=slug, slug=slug)
            home.add_child(instance=section)
            section.save_revision().publish()
            self.sections.append(section)
        PageViewRestriction.objects.create(
            page=self.sections[2], restriction_type=PageViewRestriction.LOGIN
        )
        russian = Locale.objects.get(language_code="ru")
        self.translations, self.edits = [], 0
        self.created = []
        for n in range(POOL):
            story = SuccessStoryPage(title=f"Окуя {n}", slug=f"pool-{n}", standfirst="Окуя.")
            ky_index.add_child(instance=story)
            story.save_revision().publish()
            self.created.append(story)
            self.translations.append(story.copy_for_translation(russian))
        self.reset()

    def reset(self) -> None:
        """Back to the start (the database was rolled back to it)."""
        self.stories = list(self.created)

    def do(self, action: str, n: int, choice: int) -> None:
        story = fresh(self.stories[n])
        if action == "toggle_section":
            section = StoryIndexPage.objects.get(pk=self.sections[1].pk)
            section.unpublish() if section.live else section.save_revision().publish()
        elif action in ("translate", "untranslate"):
            translation = SuccessStoryPage.objects.get(pk=self.translations[n].pk)
            if action == "translate":
                self.edits += 1
                translation.title = f"История {n}.{self.edits}"
                translation.save_revision().publish()
            elif translation.live:
                translation.unpublish()
        elif story is None:
            return
        elif action == "delete":
            story.delete()
            self.stories[n] = None
        else:
            getattr(self, action)(story, choice)

    def publish(self, story, _choice):
        story.expire_at = None
        story.save_revision().publish()

    def edit(self, story, choice):
        self.edits += 1
        story.title = f"Окуя {story.slug} {self.edits}"
        story.standfirst = ["Кыска.", "Орточо узун.", "Бир топ узун баяндама."][choice]
        story.save_revision().publish()

    def unpublish(self, story, _choice):
        if story.live:
            story.unpublish()

    def move(self, story, choice):
        target = StoryIndexPage.objects.get(pk=self.sections[choice].pk)
        if story.get_parent().pk != target.pk:
            story.move(target, pos="last-child")

    def restrict(self, story, _choice):
        restrictions = PageViewRestriction.objects.filter(page=story)
        if restrictions.exists():
            restrictions.delete()
        else:
            PageViewRestriction.objects.create(
                page=story, restriction_type=PageViewRestriction.LOGIN
            )

    def expire(self, story, _choice):
        story.expire_at = timezone.now() - datetime.timedelta(hours=1)
        story.save_revision().publish()


def assert_holds_the_public_state(client, replica: Replica) -> None:
    locale = replica.locale
    listed = client.get("/api/v1/stories", {"locale": locale, "limit": 100}).json()["items"]
    assert replica.ids("stories") == {item["id"] for item in listed}
    for item in listed:
        if item["slug"].startswith("pool-") or item["title"].startswith("История"):
            detail = client.get(f"/api/v1/stories/{item['id']}", {"locale": locale}).json()
            assert replica.items[("stories", item["id"])] == detail
    assert replica.items == Replica(client, locale).sync().items


@pytest.fixture
def newsroom(ky_index):
    return Newsroom(ky_index)


@pytest.fixture
def started(client, newsroom):
    """Each client's first full sync, made once: every example starts from it."""
    return [Replica(client, locale).sync() for locale in LOCALES]


def resumed(replica: Replica) -> Replica:
    copy = Replica(replica.client, replica.locale)
    copy.items, copy.token = dict(replica.items), replica.token
    return copy


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS)
def test_clients_replaying_sync_hold_the_public_state_after_every_step(
    client, newsroom, started, steps
):
    """Each example runs in a savepoint rolled back at its end, from the same start."""
    with transaction.atomic():
        memo.forget()
        cache.clear()
        newsroom.reset()
        replicas = [resumed(replica) for replica in started]
        for action, n, choice in steps:
            newsroom.do(action, n, choice)
            cache.clear()
            for replica in replicas:
                replica.sync()
                assert_holds_the_public_state(client, replica)
        transaction.set_rollback(True)
