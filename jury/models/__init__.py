from .assignments import Assignment, Conflict
from .reminders import Reminder
from .reviews import Review, Score
from .rounds import Criterion, Round
from .shortlists import Shortlisting
from .summaries import EntrySummary

__all__ = [
    "Assignment",
    "Conflict",
    "Criterion",
    "EntrySummary",
    "Reminder",
    "Review",
    "Round",
    "Score",
    "Shortlisting",
]
