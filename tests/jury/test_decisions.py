"""The coordinators' decisions screen: who reaches it, what it shows, what it changes."""

import csv
import io

import pytest
from openpyxl import load_workbook

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

from cms.editorial import COORDINATING_EDITORS
from contests.models import Decision, ResultsPublication
from contests.results import publish
from jury.enums import ReviewState
from jury.models import Assignment, Criterion, Review, Score
from stories.models import SuccessStoryPage
from tests.contests.decisions import coordinator, decide
from tests.contests.factories import add_categories

pytestmark = pytest.mark.django_db


@pytest.fixture
def categorised(edition):
    add_categories(edition, "investment", "charity")
    return edition


@pytest.fixture
def boss(django_user_model):
    return coordinator(django_user_model)


def urls(edition, decision):
    base = reverse("jury_edition_decisions", args=[edition.pk])
    return {
        "screen": ("get", base),
        "record": ("post", base),
        "confirm": ("get", reverse("jury_edition_decisions_publish", args=[edition.pk])),
        "publish": ("post", reverse("jury_edition_decisions_publish", args=[edition.pk])),
        "csv": (
            "get",
            reverse("jury_edition_decisions_export", args=[edition.pk]) + "?export=csv",
        ),
        "xlsx": (
            "get",
            reverse("jury_edition_decisions_export", args=[edition.pk]) + "?export=xlsx",
        ),
        "withdraw": ("post", reverse("jury_decision_withdraw", args=[edition.pk, decision.pk])),
        "story": ("post", reverse("jury_decision_story", args=[edition.pk, decision.pk])),
    }


def refused(response) -> bool:
    """Wagtail answers a denied admin view with a redirect to the dashboard (or a 403)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def missing(response) -> bool:
    """An admin 404; Django's locale middleware first redirects it to ``/ky/admin/…``."""
    return response.status_code == 404


def test_only_coordinators_reach_the_decisions(
    client, categorised, entries, jurors, boss, django_user_model
):
    decision = decide(categorised, entries[0], boss)
    editor = django_user_model.objects.create_user("editor-x", password="pw")
    editor.groups.add(Group.objects.get(name=COORDINATING_EDITORS))
    for user in (jurors[0], editor):
        client.force_login(user)
        for name, (method, url) in urls(categorised, decision).items():
            assert refused(getattr(client, method)(url)), (user, name)
    client.logout()
    for name, (method, url) in urls(categorised, decision).items():
        response = getattr(client, method)(url)
        assert response.status_code == 302, name
        assert "/login/" in response.url, name
    assert Decision.objects.get(edition=categorised).superseded_at is None
    assert not ResultsPublication.objects.filter(edition=categorised).exists()

    client.force_login(boss)
    expected = {"screen": 200, "confirm": 200, "csv": 200, "xlsx": 200, "record": 200}
    for name, (method, url) in urls(categorised, decision).items():
        if name in expected:
            assert getattr(client, method)(url).status_code == expected[name], name


def test_tampering_answers_404_or_405(client, categorised, entries, boss, demo_site):
    decision = decide(categorised, entries[0], boss)
    client.force_login(boss)
    other_edition = categorised.copy(update_attrs={"slug": "other-edition"})
    tampered = [
        ("post", reverse("jury_decision_withdraw", args=[other_edition.pk, decision.pk])),
        ("post", reverse("jury_decision_story", args=[other_edition.pk, decision.pk])),
        ("get", reverse("jury_edition_decisions", args=[999999])),
        ("get", reverse("jury_edition_decisions", args=[demo_site.pk])),
        ("get", reverse("jury_edition_decisions_export", args=[categorised.pk]) + "?export=pdf"),
    ]
    russian = categorised.copy_for_translation(
        Locale.objects.get(language_code="ru"), copy_parents=True
    )
    tampered.append(("get", reverse("jury_edition_decisions", args=[russian.pk])))
    for method, url in tampered:
        assert missing(getattr(client, method)(url, follow=True)), url
    withdraw = reverse("jury_decision_withdraw", args=[categorised.pk, decision.pk])
    assert client.get(withdraw).status_code == 405
    assert not Decision.objects.filter(edition=categorised, story__isnull=False).exists()
    assert Decision.objects.get(edition=categorised).superseded_at is None


def score(jury_round, criterion, entry, juror, value):
    assignment = Assignment.objects.create(round=jury_round, entry=entry, juror=juror)
    review = Review.objects.create(
        assignment=assignment, state=ReviewState.SUBMITTED, submitted_at=timezone.now()
    )
    Score.objects.create(review=review, criterion=criterion, value=value)


def test_the_screen_ranks_entries_by_the_last_round(
    client, categorised, entries, jury_round, jurors, boss, django_assert_max_num_queries
):
    criterion = Criterion.objects.create(round=jury_round, name_ky="Таасир")
    for value, entry in zip((4, 9, 6), entries[:3], strict=True):
        score(jury_round, criterion, entry, jurors[0], value)
        score(jury_round, criterion, entry, jurors[1], value)
    for entry in entries:
        decide(categorised, entry, boss, kind="special_mention", rank=None)
    client.force_login(boss)
    with django_assert_max_num_queries(40):
        response = client.get(reverse("jury_edition_decisions", args=[categorised.pk]))
    rows = response.context["rows"]
    assert [(row["entry"], row["rank"], row["headline"]) for row in rows[:3]] == [
        (entries[1], 1, 9.0),
        (entries[2], 2, 6.0),
        (entries[0], 3, 4.0),
    ]
    assert all(row["rank"] is None for row in rows[3:])
    assert all(len(row["decisions"]) == 1 for row in rows)
    assert jury_round.name in response.content.decode()


def test_the_screen_works_without_rounds_and_its_cost_is_flat(
    client, categorised, entries, boss, django_assert_max_num_queries
):
    client.force_login(boss)
    url = reverse("jury_edition_decisions", args=[categorised.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["final_round"] is None
    assert len(response.context["rows"]) == len(entries)
    for entry in entries:
        decide(categorised, entry, boss, kind="special_mention", rank=None)
    with django_assert_max_num_queries(40):
        assert client.get(url).status_code == 200


def test_recording_and_superseding_through_the_form(client, categorised, entries, boss):
    client.force_login(boss)
    url = reverse("jury_edition_decisions", args=[categorised.pk])
    data = {"entry": entries[0].pk, "kind": "winner", "category": "investment", "rank": 1}
    response = client.post(url, {**data, "citation_ky": "Мыкты"})
    assert response.status_code == 302
    first = Decision.objects.get(edition=categorised)
    assert (first.decided_by, first.citation_ky, first.published_at) == (boss, "Мыкты", None)

    taken = client.post(url, {**data, "entry": entries[1].pk})
    assert taken.status_code == 200
    assert entries[0].title in taken.context["form"].errors["rank"][0]
    assert "amount" not in taken.context["form"].fields, "grants only in the invest-challenge"
    for bad in (
        {**data, "entry": 999999},
        {**data, "category": "nope"},
        {**data, "kind": "grant"},
        {**data, "rank": "first"},
    ):
        answer = client.post(url, bad)
        assert answer.status_code == 200
        assert answer.context["form"].errors
    assert Decision.objects.filter(edition=categorised).count() == 1

    client.post(url, {**data, "rank": 2})
    first.refresh_from_db()
    assert first.superseded_by.rank == 2


def test_publishing_from_the_screen_after_a_confirmation(client, categorised, entries, boss):
    decide(categorised, entries[0], boss, rank=1)
    decide(categorised, entries[1], boss, kind="special_mention", category="charity", rank=None)
    client.force_login(boss)
    confirm = client.get(reverse("jury_edition_decisions_publish", args=[categorised.pk]))
    page = confirm.content.decode()
    assert entries[0].title in page
    assert entries[1].title in page
    assert not ResultsPublication.objects.filter(edition=categorised).exists()
    response = client.post(reverse("jury_edition_decisions_publish", args=[categorised.pk]))
    assert response.status_code == 302
    assert ResultsPublication.objects.get(edition=categorised).published_by == boss
    assert Decision.objects.filter(edition=categorised, published_at__isnull=False).count() == 2
    again = client.post(
        reverse("jury_edition_decisions_publish", args=[categorised.pk]), follow=True
    )
    assert list(again.context["messages"]), "nothing to republish is said, not a 500"


def test_withdrawing_and_the_story_button(client, categorised, entries, boss):
    winner = decide(categorised, entries[0], boss)
    mention = decide(categorised, entries[1], boss, kind="special_mention", rank=None)
    client.force_login(boss)
    story_url = reverse("jury_decision_story", args=[categorised.pk, winner.pk])
    response = client.post(story_url)
    story = SuccessStoryPage.objects.get(pk=Decision.objects.get(pk=winner.pk).story_id)
    assert response.url == reverse("wagtailadmin_pages:edit", args=[story.pk])
    assert client.post(story_url).url == response.url
    assert SuccessStoryPage.objects.filter(title=entries[0].title).count() == 1
    refused = client.post(reverse("jury_decision_story", args=[categorised.pk, mention.pk]))
    assert refused.status_code == 302
    assert refused.url == reverse("jury_edition_decisions", args=[categorised.pk])

    client.post(reverse("jury_decision_withdraw", args=[categorised.pk, mention.pk]))
    assert Decision.objects.get(pk=mention.pk).superseded_at is not None
    twice = client.post(reverse("jury_decision_withdraw", args=[categorised.pk, mention.pk]))
    assert twice.status_code == 302


def test_exports_list_every_decision_safely(client, categorised, entries, boss):
    decide(categorised, entries[0], boss, rank=1, citation_ky='=HYPERLINK("http://x")')
    decide(categorised, entries[0], boss, rank=2, citation_ru="@SUM(1+1)")
    publish(categorised, boss)
    client.force_login(boss)
    base = reverse("jury_edition_decisions_export", args=[categorised.pk])
    response = client.get(base + "?export=csv")
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 3, "the superseded decision is part of the record"
    assert rows[1][7] == '\'=HYPERLINK("http://x")'
    assert rows[2][8] == "'@SUM(1+1)"
    assert entries[0].email not in text
    assert entries[0].entrant_name not in text
    workbook = load_workbook(io.BytesIO(b"".join(response_bytes(client, base + "?export=xlsx"))))
    sheet = workbook.active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert any(cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s" for cell in cells)
    assert sheet.max_row == 3


def response_bytes(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.streaming_content
