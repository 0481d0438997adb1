from .assignments import Assignment, Conflict
from .reviews import Review, Score
from .rounds import Criterion, Round
from .shortlists import Shortlisting

__all__ = ["Assignment", "Conflict", "Criterion", "Review", "Round", "Score", "Shortlisting"]
