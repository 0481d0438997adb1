from .entries import Entry, EntryFile
from .pages import (
    ContestEditionPage,
    ContestProgrammePage,
    EditionCategory,
    EditionPrize,
    EditionQuestion,
    EligibilityRule,
)

__all__ = [
    "ContestEditionPage",
    "ContestProgrammePage",
    "EditionCategory",
    "EditionPrize",
    "EditionQuestion",
    "EligibilityRule",
    "Entry",
    "EntryFile",
]
