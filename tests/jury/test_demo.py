"""The demo juries: Mykty Mekendesh 2023's results show what the results table is for.

The suite's database already holds the demo (``tests/conftest.py``), so these tests read
it as loaded and roll back whatever they change.
"""

import io
import statistics

import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.users.models import UserProfile

from contests.enums import DecisionKind
from contests.models import Decision, ResultsPublication
from contests.results import active_decisions, public_decisions
from jury.demo import decisions
from jury.demo.data import CONFLICT, DISAGREEMENT, HARSH_JUROR, JURORS
from jury.demo.load import COORDINATOR, ensure_jurors, load
from jury.enums import ReviewState
from jury.jurors import GROUP_NAME
from jury.models import Conflict, Review, Round
from jury.sheets import results_for

pytestmark = pytest.mark.django_db

USERNAMES = [username for username, _name, _language, _bias in JURORS]


@pytest.fixture
def first_round_2023():
    return Round.objects.get(edition__slug="2023", edition__locale__language_code="ky", position=1)


def demo_number(round):
    return {entry.pk: entry.answers["demo_number"] for entry in round.edition.entries.all()}


def test_2023_results_show_a_disagreement_a_recusal_and_a_harsh_scale(first_round_2023):
    numbers = demo_number(first_round_2023)
    jurors = dict(
        get_user_model().objects.filter(username__in=USERNAMES).values_list("pk", "username")
    )
    results = {numbers[result.entry]: result for result in results_for(first_round_2023)}

    assert [result.count for result in results.values()] == [3] * 6
    assert [number for number, result in results.items() if result.disagreement] == [
        DISAGREEMENT[0]
    ]

    conflict = Conflict.objects.get(entry__edition=first_round_2023.edition)
    assert (numbers[conflict.entry_id], conflict.type, conflict.reason) == CONFLICT
    recused = first_round_2023.assignments.get(entry=conflict.entry, juror=conflict.juror)
    assert not Review.objects.filter(assignment=recused).exists()
    assert conflict.juror_id not in results[CONFLICT[0]].totals  # a replacement scored it

    harsh_totals, harsh_z, others = [], [], []
    for result in results.values():
        for juror, total in result.totals.items():
            if jurors[juror] == HARSH_JUROR:
                harsh_totals.append(total)
                harsh_z.append(result.z_scores[juror])
            else:
                others.append(total)
    # A harsh scale: every total below the others' average, yet its best entry is above
    # the juror's own average once normalised, and the z-scores centre on zero.
    assert max(harsh_totals) < statistics.mean(others)
    assert statistics.mean(harsh_totals) < statistics.mean(others) - 1
    assert max(harsh_z) > 0.5
    assert abs(sum(harsh_z)) < 1e-9
    # So the normalised ranking is not the raw one.
    assert [r.ranks["normalised"] for r in results.values()] != [
        r.ranks["mean"] for r in results.values()
    ]


def test_demo_activity_is_in_the_history_and_other_editions_show_progress():
    actions = dict.fromkeys(["jury.assign", "jury.review.submit", "jury.conflict.declare"], 0)
    for action in actions:
        actions[action] = ModelLogEntry.objects.filter(action=action).count()
    assert actions == {"jury.assign": 37, "jury.review.submit": 18, "jury.conflict.declare": 1}
    drafts = Review.objects.filter(state=ReviewState.DRAFT)
    assert {review.assignment.round.edition.slug for review in drafts} == {"2025"}
    assert drafts.count() == ModelLogEntry.objects.filter(action="jury.review.draft").count() == 3
    blind = {
        round.edition.get_parent().specific.kind for round in Round.objects.filter(blind=True)
    }
    assert blind == {"journalists"}
    assert Round.objects.filter(blind=True).count() == 2  # first round and final


def row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def test_loading_again_writes_nothing_and_prints_every_juror_login():
    counts = row_counts()
    out = io.StringIO()
    load(out)
    assert row_counts() == counts
    for username in USERNAMES:
        assert f"demo login: {username} / (its password) — {GROUP_NAME}" in out.getvalue()
        assert Client().login(username=username, password="mekendesh-demo")
    assert "jury of Mykty Mekendesh 2023: rounds 2, jurors 5, assignments 19, " in out.getvalue()
    languages = {
        UserProfile.get_for_user(user).preferred_language
        for user in get_user_model().objects.filter(username__in=USERNAMES)
    }
    assert languages == {"ky", "ru"}


def test_no_juror_logins_where_demo_passwords_are_off(settings):
    settings.ALLOW_DEMO_ADMIN_PASSWORD = False
    for user in get_user_model().objects.filter(username__in=USERNAMES):
        user.username = f"kept-{user.username}"  # frees the names, as on a fresh database
        user.save(update_fields=["username"])
    out = io.StringIO()
    assert ensure_jurors(out) == []
    assert not get_user_model().objects.filter(username__startswith="juror").exists()
    assert out.getvalue().count("not created: demo passwords are off here") == len(USERNAMES)


@pytest.fixture
def edition_2023(first_round_2023):
    return first_round_2023.edition


def test_2023_results_are_published_a_winner_per_category_and_one_mention(first_round_2023):
    edition = first_round_2023.edition
    decisions = list(public_decisions(edition).select_related("entry", "decided_by"))
    winners = {d.category: d.entry for d in decisions if d.kind == DecisionKind.WINNER}
    mentions = [d for d in decisions if d.kind == DecisionKind.SPECIAL_MENTION]
    assert set(winners) == {"investment", "knowledge", "charity"}
    assert len(mentions) == 1
    assert len(decisions) == active_decisions(edition).count() == 4
    ranks = {
        r.entry: r.ranks[first_round_2023.headline_method] for r in results_for(first_round_2023)
    }
    for category, entry in winners.items():
        rivals = edition.entries.filter(category=category, state="eligible")
        assert ranks[entry.pk] == min(ranks[rival.pk] for rival in rivals)
    for decision in decisions:
        assert decision.decided_by.username == COORDINATOR
        assert decision.citation_ky.startswith("Мисал: ")
        assert decision.citation_ru.startswith("Пример: ")
        assert decision.citation_en.startswith("Example: ")
    assert ResultsPublication.objects.get(edition=edition).published_by.username == COORDINATOR
    assert ModelLogEntry.objects.filter(action="jury.decision").count() == 4
    assert PageLogEntry.objects.filter(action="jury.results.publish", page=edition).count() == 1


def test_the_api_gives_the_2023_winners_in_kyrgyz_and_russian(client, edition_2023, locales):
    for code, example in (("ky", "Мисал: "), ("ru", "Пример: ")):
        for edition in (edition_2023, edition_2023.get_translation(locales[code])):
            response = client.get(f"/api/v1/contests/{edition.pk}?locale={code}")
            winners = response.json()["results"]["winners"]
            assert [w["kind"] for w in winners].count("winner") == 3
            assert all(w["citation"].startswith(example) for w in winners)
            assert all(w["story"] is None for w in winners)  # the story is only a draft


def test_one_winner_has_a_story_draft_waiting_for_the_editors(edition_2023):
    (decision,) = Decision.objects.filter(edition=edition_2023, story__isnull=False)
    assert decision.kind == DecisionKind.WINNER
    assert decision.is_active
    story = decision.story
    assert story.title == decision.entry.title
    assert not story.live
    assert story.has_unpublished_changes
    assert story.locale.language_code == "ky"
    assert story.latest_revision is not None
    assert ModelLogEntry.objects.filter(action="jury.winner_story").count() == 1
    assert PageLogEntry.objects.filter(action="jury.winner_story", page=story).count() == 1


def test_loading_the_decisions_again_writes_nothing():
    counts = row_counts()
    out = io.StringIO()
    decisions.load(out)
    assert row_counts() == counts
    assert (
        "results of Mykty Mekendesh 2023: decisions 4 (0 recorded now), published before, "
        "winner's story draft: Example entry " in out.getvalue()
    )


def test_without_a_coordinator_or_an_administrator_nobody_is_named(edition_2023):
    Decision.objects.filter(edition=edition_2023).update(superseded_by=None)
    Decision.objects.filter(edition=edition_2023).delete()
    ResultsPublication.objects.filter(edition=edition_2023).delete()
    users = get_user_model().objects
    users.filter(username=COORDINATOR).update(username=f"kept-{COORDINATOR}")
    users.update(is_superuser=False)
    out = io.StringIO()
    decisions.load(out)
    assert "decisions 4 (4 recorded now), published now" in out.getvalue()
    assert not Decision.objects.filter(edition=edition_2023, decided_by__isnull=False).exists()
    assert ResultsPublication.objects.get(edition=edition_2023).published_by is None
