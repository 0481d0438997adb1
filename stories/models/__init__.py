from .pages import (
    StoryContribution,
    StoryHero,
    StoryIndexPage,
    StoryPlace,
    StorySDG,
    StorySector,
    StoryTheme,
    SuccessStoryPage,
)
from .people import Person
from .taxonomy import Country, Place, Sector

__all__ = [
    "Country",
    "Person",
    "Place",
    "Sector",
    "StoryContribution",
    "StoryHero",
    "StoryIndexPage",
    "StoryPlace",
    "StorySDG",
    "StorySector",
    "StoryTheme",
    "SuccessStoryPage",
]
