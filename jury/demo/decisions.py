"""Mykty Mekendesh 2023's outcome: decided from its first round, published, one story begun.

The decisions follow the demo scores (``jury/demo/reviews.py``): in each category the
entry ranked first by the round's headline figure wins, and the best-ranked entry left
gets the special mention. They are recorded and published through ``contests.results``
as a coordinator would, so the history shows them, and the overall best winner gets its
story draft through ``contests.winner_story``, left unpublished for the editors. The
invest-challenge has no eligible entry in the demo, so no grant is decided.

Idempotent: an edition that already has decisions or published results is left as it
is (a coordinator may have changed them since), and an existing story draft is kept.
"""

from django.contrib.auth import get_user_model

from contests.demo.data import EDITIONS
from contests.enums import DecisionKind
from contests.models import ResultsPublication
from contests.results import Outcome, active_decisions, publish, record
from contests.winner_story import create_story_draft
from jury.models import Round
from jury.sheets import results_for

from .data import CITATIONS, SCORED_EDITION
from .load import COORDINATOR


def deciding_user():
    """The demo coordinator, else the first administrator, else nobody."""
    users = get_user_model().objects
    return (
        users.filter(username=COORDINATOR).first()
        or users.filter(is_superuser=True).order_by("pk").first()
    )


def ranking(round) -> list:
    """The round's scored entries, best first by its headline figure."""
    method = round.headline_method
    scored = [result for result in results_for(round) if result.count]
    entries = {entry.pk: entry for entry in round.edition.entries.all()}
    return [entries[result.entry] for result in sorted(scored, key=lambda r: r.ranks[method])]


def choose(edition, ranked) -> list[tuple]:
    """(entry, kind): the winner of each category, then one special mention."""
    winners = {}
    for entry in ranked:
        winners.setdefault(entry.category, entry)
    order = list(edition.categories.values_list("key", flat=True))
    chosen = [(winners[key], DecisionKind.WINNER) for key in order if key in winners]
    mentioned = next((entry for entry in ranked if entry not in winners.values()), None)
    if mentioned is not None:
        chosen.append((mentioned, DecisionKind.SPECIAL_MENTION))
    return chosen


def decide(edition, ranked, user) -> int:
    """Record the demo's decisions unless the edition has some; how many were recorded."""
    if active_decisions(edition).exists():
        return 0
    chosen = choose(edition, ranked)
    for entry, kind in chosen:
        citation = {f"citation_{code}": text for code, text in CITATIONS[kind].items()}
        rank = 1 if kind == DecisionKind.WINNER else None
        record(
            edition,
            entry,
            Outcome(kind=kind, category=entry.category, rank=rank, **citation),
            user,
        )
    return len(chosen)


def best_winner(edition, ranked):
    """The current winner whose entry the round ranked highest."""
    winners = {
        decision.entry_id: decision
        for decision in active_decisions(edition).filter(kind=DecisionKind.WINNER)
    }
    return next((winners[entry.pk] for entry in ranked if entry.pk in winners), None)


def load(stdout) -> None:
    round = (
        Round.objects.filter(
            edition__slug=SCORED_EDITION, edition__locale__language_code="ky", position=1
        )
        .select_related("edition")
        .first()
    )
    ranked = ranking(round) if round is not None else []
    if not ranked:
        stdout.write("  no scores here: no decisions and no published results")
        return
    edition, user = round.edition, deciding_user()
    recorded = decide(edition, ranked, user)
    published = ResultsPublication.objects.filter(edition=edition).exists()
    if not published:
        publish(edition, user)
    story = None
    winner = best_winner(edition, ranked)
    if winner is not None:
        story, _made = create_story_draft(winner, user)
    decisions = active_decisions(edition).count()
    title = next(name["en"] for _key, name, slug, _dates in EDITIONS if slug["ky"] == edition.slug)
    stdout.write(
        f"  results of {title}: decisions {decisions} ({recorded} recorded now), "
        f"{'published before' if published else 'published now'}, "
        f"winner's story draft: {story.title if story else '—'}"
    )
