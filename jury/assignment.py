"""Automatic assignment of a round's entries to jurors.

Each entry gets ``per_entry`` jurors, no juror more than ``max_per_juror``, never a juror
with a conflict on the entry; every free slot goes to the least-loaded eligible juror,
so the load stays balanced. Existing assignments (by hand or from an earlier run) are
kept and counted, so running it again only fills gaps: the same input adds nothing.
An assignment whose juror has since declared a conflict does no work, so it counts
neither for the entry nor for the juror's load, and the entry gets another juror.
A withdrawn assignment counts for nothing either, and its juror is not given the entry
again: withdrawing is a coordinator's choice that a re-run must not undo.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction

from wagtail.log_actions import log

from .enums import AssignmentOrigin
from .jurors import GROUP_NAME
from .models import Assignment, Conflict
from .rounds import round_entries


@dataclass
class Plan:
    new: list = field(default_factory=list)  # (entry, juror)
    short: dict = field(default_factory=dict)  # entry → jurors still missing


def plan(
    entries: list,
    jurors: list,
    existing: set,
    conflicts: set,
    per_entry: int,
    max_per_juror: int,
    blocked: set = frozenset(),
) -> Plan:
    """The pairs to add, from plain ids; ``existing``, ``conflicts`` and ``blocked`` (pairs
    never to add, such as withdrawn ones) hold (entry, juror).

    One juror at a time goes to the entry with the fewest jurors (then the one with the
    fewest possible jurors left, then the one listed first), and to the least-loaded
    eligible juror (then the one listed first): entries fill evenly and the result is
    deterministic.
    """
    taken = set(existing) | set(blocked)
    working = {pair for pair in existing if pair not in conflicts}
    load = Counter(juror for _entry, juror in working)
    covered = Counter(entry for entry, _juror in working)
    position = {entry: index for index, entry in enumerate(entries)}
    order = {juror: index for index, juror in enumerate(jurors)}
    result = Plan()

    def candidates(entry):
        return [
            juror
            for juror in jurors
            if load[juror] < max_per_juror
            and (entry, juror) not in conflicts
            and (entry, juror) not in taken
        ]

    open_entries = {entry for entry in entries if covered[entry] < per_entry}
    while open_entries:
        options = {entry: candidates(entry) for entry in open_entries}
        for entry in [entry for entry, found in options.items() if not found]:
            result.short[entry] = per_entry - covered[entry]
            open_entries.discard(entry)
        if not open_entries:
            break
        entry = min(open_entries, key=lambda e: (covered[e], len(options[e]), position[e]))
        juror = min(options[entry], key=lambda j: (load[j], order[j]))
        result.new.append((entry, juror))
        taken.add((entry, juror))
        load[juror] += 1
        covered[entry] += 1
        if covered[entry] >= per_entry:
            open_entries.discard(entry)
    return result


def round_jurors():
    """Active members of the jury group, in a stable order."""
    return get_user_model().objects.filter(groups__name=GROUP_NAME, is_active=True).order_by("pk")


def auto_assign(round, *, per_entry: int, max_per_juror: int, jurors=None, user=None) -> Plan:
    """Fill the round's gaps with automatic assignments, each logged in the history."""
    if per_entry < 1 or max_per_juror < 1:
        raise ValueError("per_entry and max_per_juror must be at least 1")
    jurors = list(round_jurors() if jurors is None else jurors)
    by_pk = {juror.pk: juror for juror in jurors}
    entries = list(round_entries(round).values_list("pk", flat=True))
    with transaction.atomic():
        rows = list(
            Assignment.objects.select_for_update()
            .filter(round=round)
            .values_list("entry_id", "juror_id", "withdrawn_at")
        )
        existing = {(entry, juror) for entry, juror, gone in rows if gone is None}
        withdrawn = {(entry, juror) for entry, juror, gone in rows if gone is not None}
        conflicts = set(
            Conflict.objects.filter(entry__in=entries).values_list("entry_id", "juror_id")
        )
        result = plan(
            entries, list(by_pk), existing, conflicts, per_entry, max_per_juror, withdrawn
        )
        for entry, juror in result.new:
            assignment = Assignment.objects.create(
                round=round,
                entry_id=entry,
                juror=by_pk[juror],
                origin=AssignmentOrigin.AUTO,
                assigned_by=user,
            )
            log(assignment, "jury.assign", user=user)
    return result
