"""How far each juror of a round has got: THE count behind the progress page, the
reminders and the command that sends them.

Each assignment is in exactly one state. One whose juror has a conflict of interest on
the entry needs no work (the juror cannot open it), so it counts as a conflict whatever
its review says; the others are submitted, a draft, or not started. Done is submitted
over what is due (assigned less conflicts); pending is drafts plus not started.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Max

from .codes import juror_name
from .enums import ReviewState
from .models import Assignment, Conflict, Reminder


@dataclass
class Progress:
    juror: object = None
    assigned: int = 0
    submitted: int = 0
    drafts: int = 0
    not_started: int = 0
    conflicts: int = 0
    last_reminded: object = None

    @property
    def name(self) -> str:
        return juror_name(self.juror) if self.juror else ""

    @property
    def due(self) -> int:
        return self.assigned - self.conflicts

    @property
    def pending(self) -> int:
        return self.drafts + self.not_started

    @property
    def percent(self) -> int | None:
        """Submitted as a whole percentage of what is due; None when nothing is."""
        if not self.due:
            return None
        return 100 * self.submitted // self.due

    def add(self, state: str) -> None:
        self.assigned += 1
        setattr(self, state, getattr(self, state) + 1)


@dataclass
class RoundProgress:
    rows: list = field(default_factory=list)
    total: Progress = field(default_factory=Progress)

    @property
    def pending_rows(self) -> list:
        return [row for row in self.rows if row.pending]


def assignment_state(review_state: str | None, conflicted: bool) -> str:
    if conflicted:
        return "conflicts"
    if review_state == ReviewState.SUBMITTED:
        return "submitted"
    if review_state == ReviewState.DRAFT:
        return "drafts"
    return "not_started"


def round_progress(round) -> RoundProgress:
    """Every assigned juror's counts and the totals, in four queries."""
    assignments = list(
        Assignment.objects.filter(round=round).values_list("juror_id", "entry_id", "review__state")
    )
    conflicts = set(
        Conflict.objects.filter(
            entry__in=Assignment.objects.filter(round=round).values("entry_id")
        ).values_list("entry_id", "juror_id")
    )
    reminded = dict(
        Reminder.objects.filter(round=round)
        .values("juror_id")
        .annotate(last=Max("sent_at"))
        .values_list("juror_id", "last")
    )
    users = get_user_model().objects.in_bulk({juror for juror, _entry, _state in assignments})

    by_juror = {}
    total = Progress()
    for juror, entry, review_state in assignments:
        row = by_juror.get(juror)
        if row is None:
            row = by_juror[juror] = Progress(juror=users[juror], last_reminded=reminded.get(juror))
        state = assignment_state(review_state, (entry, juror) in conflicts)
        row.add(state)
        total.add(state)
    rows = sorted(by_juror.values(), key=lambda row: (row.name.casefold(), row.juror.pk))
    return RoundProgress(rows=rows, total=total)
