"""Example juries for every demo edition: jurors, rounds, criteria and assignments.

All of it is example data (see ``jury/demo/data.py``). The demo jurors are the only
ones assigned, so real jurors added to the group later are never drawn into the demo.
Mykty Mekendesh 2023's first round is scored in full (``jury/demo/reviews.py``), so its
results table, a conflict and a disagreement show something; the 2023 decisions and
published results are recorded on top of these scores, by a loader of their own.

Idempotent: rounds, assignments, reviews and conflicts already there are left alone, so
a second run writes no rows; the rounds of editions dated from the day of loading move
with their edition.
"""

import datetime
import math

from django.contrib.auth import get_user_model

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from cms.demo.users import ensure_demo_user
from cms.models import HomePage
from contests.demo.data import EDITIONS, PROGRAMMES
from contests.enums import EntryState
from contests.models import ContestEditionPage, ContestProgrammePage
from jury.assignment import auto_assign
from jury.enums import ReviewState
from jury.jurors import GROUP_NAME, setup_group
from jury.models import Conflict, Criterion, Review, Round

from .data import (
    BLIND_KINDS,
    CRITERIA,
    DRAFT_EDITION,
    JURORS,
    JURORS_PER_ENTRY,
    MAX_LABEL,
    MIN_LABEL,
    ROUNDS,
    SCORED_EDITION,
)
from .reviews import declare_demo_conflict, save_drafts, submit_reviews

COORDINATOR = "demo-contests"


def ensure_jurors(stdout) -> list:
    """The demo jurors, in the order of ``JURORS``; none where demo passwords are off."""
    jurors = []
    for username, full_name, language, _bias in JURORS:
        user = ensure_demo_user(stdout, username, GROUP_NAME, full_name)
        if user is None:
            continue
        profile = UserProfile.get_for_user(user)
        if not profile.preferred_language:  # a language the juror chose later is kept
            profile.preferred_language = language
            profile.save(update_fields=["preferred_language"])
        jurors.append(user)
    return jurors


def demo_editions() -> list[tuple[ContestEditionPage, str, dict]]:
    """(edition, programme kind, titles) of the contests demo, in its order."""
    home = HomePage.objects.get(locale=Locale.get_default(), depth=2)
    programmes = {
        item["key"]: ContestProgrammePage.objects.child_of(home).get(slug=item["slug"]["ky"])
        for item in PROGRAMMES
    }
    return [
        (
            ContestEditionPage.objects.child_of(programmes[key]).get(slug=slug["ky"]),
            programmes[key].kind,
            title,
        )
        for key, title, slug, _dates in EDITIONS
    ]


def round_dates(edition) -> list[tuple[datetime.date, datetime.date]]:
    """The judging period split in two: first round, then final."""
    start, end = edition.judging_from, edition.judging_to
    middle = start + datetime.timedelta(days=(end - start).days // 2)
    return [(start, middle), (middle + datetime.timedelta(days=1), end)]


def ensure_rounds(edition, kind) -> list[Round]:
    rounds = []
    for (position, name, rules), (starts, ends) in zip(ROUNDS, round_dates(edition), strict=True):
        found = Round.objects.filter(edition=edition, position=position, name=name).first()
        if found is None:
            found = Round.objects.create(
                edition=edition,
                name=name,
                position=position,
                starts_on=starts,
                ends_on=ends,
                blind=kind in BLIND_KINDS,
                **rules,
            )
            add_criteria(found, kind)
        elif (found.starts_on, found.ends_on) != (starts, ends):
            found.starts_on, found.ends_on = starts, ends
            found.save(update_fields=["starts_on", "ends_on"])
        rounds.append(found)
    return rounds


def add_criteria(round, kind) -> None:
    for position, (name, guidance, weight) in enumerate(CRITERIA[kind], start=1):
        information_only = not weight
        criterion = Criterion(
            round=round,
            position=position,
            **{f"name_{code}": text for code, text in name.items()},
            **{f"guidance_{code}": text for code, text in guidance.items()},
            min_label=MIN_LABEL,
            max_label=MAX_LABEL,
            weight=weight,
            required=not information_only,
            information_only=information_only,
        )
        criterion.full_clean()
        criterion.save()


def assign(round, jurors, coordinator):
    """Every eligible entry to ``JURORS_PER_ENTRY`` demo jurors, as evenly as they go."""
    eligible = round.edition.entries.filter(state=EntryState.ELIGIBLE).count()
    cap = math.ceil(eligible * JURORS_PER_ENTRY / len(jurors)) + 1  # room for a recusal
    return auto_assign(
        round,
        per_entry=JURORS_PER_ENTRY,
        max_per_juror=cap,
        jurors=jurors,
        user=coordinator,
    )


def summary(edition, title, rounds) -> str:
    conflicts = Conflict.objects.filter(entry__edition=edition).count()
    reviews = Review.objects.filter(assignment__round__in=rounds)
    assignments = [assignment for round in rounds for assignment in round.assignments.all()]
    jurors = {assignment.juror_id for assignment in assignments}
    submitted = reviews.filter(state=ReviewState.SUBMITTED).count()
    drafts = reviews.filter(state=ReviewState.DRAFT).count()
    return (
        f"  jury of {title['en']}: rounds {len(rounds)}, jurors {len(jurors)}, "
        f"assignments {len(assignments)}, reviews submitted {submitted}, drafts {drafts}, "
        f"conflicts {conflicts}"
    )


def load(stdout) -> None:
    setup_group()
    jurors = ensure_jurors(stdout)
    coordinator = get_user_model().objects.filter(username=COORDINATOR).first()
    if not jurors:
        stdout.write("  no demo jurors here: rounds only, without assignments or scores")
    for edition, kind, title in demo_editions():
        rounds = ensure_rounds(edition, kind)
        first = rounds[0]
        if jurors:
            assign(first, jurors, coordinator)
            if edition.slug == SCORED_EDITION:
                if declare_demo_conflict(first, jurors):
                    assign(first, jurors, coordinator)  # the recused juror is replaced
                submit_reviews(first)
            if edition.slug == DRAFT_EDITION:
                save_drafts(first)
        stdout.write(summary(edition, title, rounds))
