from .assignments import Assignment, Conflict
from .reminders import Reminder
from .reviews import Review, Score
from .rounds import Criterion, Round
from .shortlists import Shortlisting

__all__ = [
    "Assignment",
    "Conflict",
    "Criterion",
    "Reminder",
    "Review",
    "Round",
    "Score",
    "Shortlisting",
]
