"""The demo's scores, conflict and drafts, made as a juror would make them, and logged.

Scores are deterministic: each one follows from the entry's quality, the juror's scale
bias and a small variation drawn from a hash of the round, entry, juror and criterion, so
every load gives the same results table. Each score is saved through ``Score``, which
refuses one outside its criterion's scale or round.
"""

import hashlib

from django.utils import timezone

from wagtail.log_actions import log
from wagtail.users.models import UserProfile

from jury import conflicts
from jury.enums import ReviewState
from jury.models import Assignment, Conflict, Review, Score

from .data import CONFLICT, DISAGREEMENT, DRAFTS, HARSH_JUROR, JURORS, QUALITY

BIAS = {username: bias for username, _name, _language, bias in JURORS}
COMMENTS = {
    "ky": "Мисал: бул баа демо үчүн коюлган.",
    "ru": "Пример: эта оценка поставлена для демонстрации.",
}


def _demo_number(entry) -> int | None:
    return entry.answers.get("demo_number")


def _first_assignment(round, demo_number):
    """The entry's earliest assignment to a juror other than the harsh one."""
    assignments = (
        round.assignments.select_related("entry", "juror")
        .exclude(juror__username=HARSH_JUROR)
        .order_by("pk")
    )
    return next((a for a in assignments if _demo_number(a.entry) == demo_number), None)


def declare_demo_conflict(round, jurors) -> bool:
    """The juror of ``CONFLICT`` declares it; True when it is new."""
    demo_number, conflict_type, reason = CONFLICT
    assignment = _first_assignment(round, demo_number)
    if assignment is None:
        return False
    if Conflict.objects.filter(entry=assignment.entry, juror__in=jurors).exists():
        return False
    conflicts.declare_conflict(
        assignment.juror, assignment.entry, conflict_type, reason, by=assignment.juror
    )
    return True


def _value(level, seed, criterion) -> int:
    digest = hashlib.sha256(f"{seed}-{criterion.position}".encode()).digest()
    value = level + (-1, 0, 0, 1)[digest[0] % 4]
    return max(criterion.scale_min, min(criterion.scale_max, value))


def _scores(assignment, criteria, loved) -> dict:
    level = QUALITY.get(_demo_number(assignment.entry), 6)
    level += BIAS.get(assignment.juror.username, 0)
    if loved is not None and loved.pk == assignment.pk:
        level += DISAGREEMENT[1]
    seed = f"{assignment.round.name}-{_demo_number(assignment.entry)}-{assignment.juror.username}"
    return {criterion: _value(level, seed, criterion) for criterion in criteria}


def _comment(juror) -> str:
    return COMMENTS.get(UserProfile.get_for_user(juror).preferred_language, COMMENTS["ky"])


def _open_assignments(round):
    """Assignments without a review, leaving out those whose juror declared a conflict."""
    conflicted = set(Conflict.objects.values_list("entry_id", "juror_id"))
    assignments = (
        round.assignments.filter(review__isnull=True)
        .select_related("round", "entry", "juror")
        .order_by("pk")
    )
    return [a for a in assignments if (a.entry_id, a.juror_id) not in conflicted]


def _save_review(assignment, criteria, state, loved=None) -> Review:
    review = Review.objects.create(
        assignment=assignment,
        state=state,
        comment=_comment(assignment.juror),
        submitted_at=timezone.now() if state == ReviewState.SUBMITTED else None,
    )
    for criterion, value in _scores(assignment, criteria, loved).items():
        Score.objects.create(review=review, criterion=criterion, value=value)
    action = "jury.review.submit" if state == ReviewState.SUBMITTED else "jury.review.draft"
    data = {"entry": assignment.entry.reference, "round": assignment.round.name}
    log(review, action, user=assignment.juror, data=data)
    return review


def submit_reviews(round) -> int:
    """A submitted review for every assignment of the round the juror may score."""
    criteria = list(round.criteria.all())
    loved = _first_assignment(round, DISAGREEMENT[0])
    assignments = _open_assignments(round)
    for assignment in assignments:
        _save_review(assignment, criteria, ReviewState.SUBMITTED, loved)
    return len(assignments)


def save_drafts(round) -> int:
    """Drafts, half scored, for the round's first ``DRAFTS`` assignments."""
    criteria = list(round.criteria.all())[:2]
    first = set(Assignment.objects.filter(round=round).order_by("pk")[:DRAFTS])
    drafts = [a for a in _open_assignments(round) if a in first]
    for assignment in drafts:
        _save_review(assignment, criteria, ReviewState.DRAFT)
    return len(drafts)
