"""In Chromium: a juror scores entries on a phone and a laptop, a coordinator publishes.

The walk runs against the app served inside this test's transaction (in-memory SQLite
only); the screenshots go to ``JURY_SHOTS_DIR`` (a temporary folder unless set).
playwright-core is pinned in ``tests/contests/browser/package-lock.json``, shared with
the contests' own browser check, and drives the system's Chromium.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

from django.contrib.auth.models import Group

from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.users.models import UserProfile

from contests.coordinators import GROUP_NAME as COORDINATORS
from contests.coordinators import setup_group as setup_coordinators
from contests.models import Decision
from jury import reviewing
from jury.enums import ReviewState
from jury.jurors import GROUP_NAME as JURORS
from jury.jurors import setup_group as setup_jurors
from jury.models import Review, Score
from tests.api.test_typed_client import api_server  # noqa: F401  (fixture)
from tests.contests.factories import (
    ContestEditionPageFactory,
    ContestProgrammePageFactory,
    add_categories,
)
from tests.contests.test_browser import BROWSER_DIR, NODE, NPM, pytestmark  # noqa: F401

from .conftest import make_entry
from .review_data import assign, make_criteria, make_round

PASSWORD = "pw-jury-walk-1"
# The values the juror types, per criterion (Impact 1–10, Clarity 1–5, Notes 1–3).
TYPED = {"phone": (8, 4, 2), "laptop": (6, 5, 1)}


@pytest.fixture
def jury_walk(demo_site, django_user_model):
    programme = ContestProgrammePageFactory(parent=demo_site, kind="award")
    edition = ContestEditionPageFactory(parent=programme, title="Mekendesh browser edition")
    add_categories(edition, "investment", "charity")
    jury_round = make_round(edition, name="Browser round")
    criteria = make_criteria(jury_round)
    entries = [
        make_entry(edition, number, title=f"Browser project {number}") for number in range(1, 4)
    ]
    setup_jurors()
    setup_coordinators()
    jurors = []
    for name in ("walk-juror", "walk-peer"):
        user = django_user_model.objects.create_user(name, password=PASSWORD, first_name=name)
        user.groups.add(Group.objects.get(name=JURORS))
        jurors.append(user)
    walker, peer = jurors
    assignments = {entry.pk: assign(jury_round, entry, walker) for entry in entries}
    for entry, values in zip(entries, [(9, 5, 3), (4, 2, 1), (7, 3, 2)], strict=True):
        peer_assignment = assign(jury_round, entry, peer)
        reviewing.submit(
            peer_assignment,
            peer,
            {c.pk: v for c, v in zip(criteria, values, strict=True)},
            "Checked in the browser walk.",
        )
    boss = django_user_model.objects.create_user("walk-coordinator", password=PASSWORD)
    boss.groups.add(Group.objects.get(name=COORDINATORS))
    UserProfile.objects.update_or_create(user=boss, defaults={"preferred_language": "ru"})
    return {
        "edition": edition,
        "round": jury_round,
        "criteria": criteria,
        "entries": entries,
        "walker": walker,
        "boss": boss,
        "assignments": assignments,
    }


def test_a_juror_scores_and_a_coordinator_publishes_in_chromium(
    tmp_path,
    jury_walk,
    api_server,  # noqa: F811
):
    subprocess.run(
        [NPM, "ci", "--no-audit", "--no-fund", "--prefer-offline"],
        cwd=BROWSER_DIR,
        check=True,
        capture_output=True,
        timeout=300,
    )
    shots = Path(os.environ.get("JURY_SHOTS_DIR", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    entries, criteria = jury_walk["entries"], jury_walk["criteria"]
    assignments = jury_walk["assignments"]
    plan = {
        "server": api_server,
        "shots": str(shots),
        "password": PASSWORD,
        "juror": "walk-juror",
        "coordinator": "walk-coordinator",
        "walks": [
            {
                "name": name,
                "assignment": assignments[entry.pk].pk,
                "scores": {
                    reviewing.criterion_field(c.pk): v
                    for c, v in zip(criteria, TYPED[name], strict=True)
                },
                "comment": f"Scored on the {name}.",
            }
            for name, entry in (("phone", entries[0]), ("laptop", entries[1]))
        ],
        "round": jury_walk["round"].pk,
        "edition": jury_walk["edition"].pk,
        "winner": entries[0].pk,
    }
    result = subprocess.run(
        [NODE, "jury.js", json.dumps(plan)],
        cwd=BROWSER_DIR,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)

    for name, entry in (("phone", entries[0]), ("laptop", entries[1])):
        review = Review.objects.get(assignment=assignments[entry.pk])
        assert review.state == ReviewState.SUBMITTED
        assert review.comment == f"Scored on the {name}."
        stored = dict(Score.objects.filter(review=review).values_list("criterion_id", "value"))
        assert stored == {c.pk: v for c, v in zip(criteria, TYPED[name], strict=True)}
        actions = set(
            ModelLogEntry.objects.filter(
                object_id=str(review.pk), user=jury_walk["walker"]
            ).values_list("action", flat=True)
        )
        assert {"jury.review.draft", "jury.review.submit"} <= actions
        assert seen[name]["locked"], name
    assert not Review.objects.filter(assignment=assignments[entries[2].pk]).exists()

    boss, edition = jury_walk["boss"], jury_walk["edition"]
    decision = Decision.objects.get(edition=edition, superseded_at__isnull=True)
    assert (decision.entry, decision.kind, decision.category, decision.rank) == (
        entries[0],
        "winner",
        "investment",
        1,
    )
    assert decision.published_at is not None
    assert ModelLogEntry.objects.filter(
        action="jury.decision", object_id=str(entries[0].pk), user=boss
    ).exists()
    assert PageLogEntry.objects.filter(
        action="jury.results.publish", page=edition, user=boss
    ).exists()
    assert seen["results_rows"][entries[0].reference] == "2"
    # The category by its name, not its key, beside the pending decision.
    assert "Номинация investment, " in seen["decision_row"]
    winners = seen["api"]["results"]["winners"]
    assert [(w["kind"], w["category"]["key"], w["rank"], w["title"]) for w in winners] == [
        ("winner", "investment", 1, "Browser project 1")
    ]
    assert "score" not in json.dumps(seen["api"]["results"])
    assert sorted(p.name for p in shots.iterdir()) == [
        "01-phone-dashboard.png",
        "02-phone-my-entries.png",
        "03-phone-review.png",
        "04-phone-draft-saved.png",
        "05-phone-submit-dialog.png",
        "06-phone-submitted.png",
        "07-laptop-dashboard.png",
        "08-laptop-my-entries.png",
        "09-laptop-review.png",
        "10-laptop-draft-saved.png",
        "11-laptop-submit-dialog.png",
        "12-laptop-submitted.png",
        "13-results.png",
        "14-decision-recorded.png",
        "15-publish-confirmation.png",
        "16-published.png",
        "17-api-winners.png",
    ]
