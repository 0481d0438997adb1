from .entries import Entry, EntryFile
from .pages import (
    ContestEditionPage,
    ContestProgrammePage,
    EditionCategory,
    EditionPrize,
    EditionQuestion,
    EligibilityRule,
)
from .results import Decision, ResultsPublication

__all__ = [
    "ContestEditionPage",
    "ContestProgrammePage",
    "Decision",
    "EditionCategory",
    "EditionPrize",
    "EditionQuestion",
    "EligibilityRule",
    "Entry",
    "EntryFile",
    "ResultsPublication",
]
