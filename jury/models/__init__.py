from .assignments import Assignment, Conflict
from .reviews import Review, Score
from .rounds import Criterion, Round
from .summaries import EntrySummary

__all__ = ["Assignment", "Conflict", "Criterion", "EntrySummary", "Review", "Round", "Score"]
