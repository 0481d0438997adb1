"""Which entries a round judges, and the order of an edition's rounds.

The first round of an edition judges every eligible entry; each later round judges only
the eligible entries shortlisted into it. Assignment, score sheets and results all ask
``round_entries`` so the rule lives here only.
"""

from django.db.models import Q

from contests.enums import ContestKind, EntryState
from contests.models import Entry

from .models import Round


def earlier_rounds(round):
    return Round.objects.filter(edition_id=round.edition_id).filter(
        Q(position__lt=round.position) | Q(position=round.position, pk__lt=round.pk)
    )


def later_rounds(round):
    return Round.objects.filter(edition_id=round.edition_id).filter(
        Q(position__gt=round.position) | Q(position=round.position, pk__gt=round.pk)
    )


def previous_round(round):
    return earlier_rounds(round).order_by("-position", "-pk").first()


def next_round(round):
    return later_rounds(round).order_by("position", "pk").first()


def round_entries(round):
    """THE entries a round judges, oldest first."""
    entries = Entry.objects.filter(edition_id=round.edition_id, state=EntryState.ELIGIBLE)
    if earlier_rounds(round).exists():
        entries = entries.filter(jury_shortlistings__round=round)
    return entries.order_by("created_at", "pk")


def blind_by_default(edition) -> bool:
    """The journalists' contest hides entrants from its jurors unless told otherwise."""
    return edition is not None and edition.specific.kind == ContestKind.JOURNALISTS
