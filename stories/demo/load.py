"""Demo stories with their heroes, places and sectors; themes must be loaded first."""

from campaigns.demo.data import CENTRAL_THEME, TOPICS

from . import stories, taxonomy


def load(stdout):
    places = taxonomy.load_places(stdout)
    countries = taxonomy.load_countries(stdout)
    sectors = taxonomy.load_sectors(stdout)
    people = taxonomy.load_people(stdout, places, countries)
    theme_slugs = {item["key"]: item["slug"]["ky"] for item in [CENTRAL_THEME, *TOPICS]}
    return stories.load(
        stdout,
        {
            "places": places,
            "countries": countries,
            "sectors": sectors,
            "people": people,
            "theme_slugs": theme_slugs,
        },
    )
