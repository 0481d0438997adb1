"""The monitor's hand-computed world: a nested place tree and stories around it.

Kyrgyz terms with English translations for the region, district and village of
Alpha; region Beta has no English name, so English falls back to Kyrgyz.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

from contests.models import Decision
from stories.enums import PlaceKind
from stories.models import (
    StoryContribution,
    StoryIndexPage,
    StorySector,
    SuccessStoryPage,
)
from tests.contests.factories import (
    ContestEditionPageFactory,
    ContestProgrammePageFactory,
    add_categories,
)
from tests.jury.conftest import make_entry
from tests.stories.factories import CountryFactory, PlaceFactory, SectorFactory


def places():
    ky = Locale.objects.get(language_code="ky")
    en = Locale.objects.get(language_code="en")
    alpha = PlaceFactory(key="alpha", name="Альфа облусу", kind=PlaceKind.REGION, locale=ky)
    alpha_district = PlaceFactory(
        key="alpha-district", name="Альфа району", kind=PlaceKind.DISTRICT, parent=alpha
    )
    alpha_village = PlaceFactory(key="alpha-village", name="Альфа айылы", parent=alpha_district)
    beta = PlaceFactory(key="beta", name="Бета облусу", kind=PlaceKind.REGION, locale=ky)
    beta_district = PlaceFactory(
        key="beta-district", name="Бета району", kind=PlaceKind.DISTRICT, parent=beta
    )
    beta_village = PlaceFactory(key="beta-village", name="Бета айылы", parent=beta_district)
    en_alpha = PlaceFactory(
        key="alpha",
        name="Alpha region",
        kind=PlaceKind.REGION,
        locale=en,
        translation_key=alpha.translation_key,
    )
    en_district = PlaceFactory(
        key="alpha-district",
        name="Alpha district",
        kind=PlaceKind.DISTRICT,
        locale=en,
        parent=en_alpha,
        translation_key=alpha_district.translation_key,
    )
    en_village = PlaceFactory(
        key="alpha-village",
        name="Alpha village",
        locale=en,
        parent=en_district,
        translation_key=alpha_village.translation_key,
    )
    return {
        "alpha": alpha,
        "alpha-district": alpha_district,
        "alpha-village": alpha_village,
        "beta": beta,
        "beta-district": beta_district,
        "beta-village": beta_village,
        "en-alpha-village": en_village,
    }


def terms():
    return {
        "tr": CountryFactory(code="TR"),
        "ru": CountryFactory(code="RU", name="Орусия"),
        "schools": SectorFactory(key="schools", name="Мектептер"),
        "water": SectorFactory(key="water", name="Суу"),
    }


def story(index, *, slug, sectors=(), kinds=(), publish=True, **fields):
    page = SuccessStoryPage(title=slug, slug=slug, standfirst="Кыска.", **fields)
    page.sector_links = [StorySector(sector=sector) for sector in sectors]
    page.contributions = [StoryContribution(kind=kind) for kind in kinds]
    if not publish:
        page.live = False
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return SuccessStoryPage.objects.get(pk=page.pk)


def rate(value: str, source="Улуттук банк"):
    return {
        "kgs_rate": Decimal(value),
        "kgs_rate_date": datetime.date(2024, 1, 10),
        "kgs_rate_source": source,
    }


def world():
    """The stories of the hand-computed table (see ``test_table.py``)."""
    index = StoryIndexPage.objects.get(locale__language_code="ky")
    place, term = places(), terms()
    stories = {
        "a": story(
            index,
            slug="a",
            place=place["alpha-village"],
            country_of_residence=term["tr"],
            sectors=[term["schools"]],
            kinds=["money", "charity"],
            amount=Decimal("1000"),
            currency="USD",
            beneficiaries=10,
            story_date=datetime.date(2023, 5, 1),
            **rate("87.5"),
        ),
        "b": story(
            index,
            slug="b",
            place=place["alpha-district"],
            country_of_residence=term["ru"],
            sectors=[term["schools"], term["water"]],
            kinds=["skills"],
            amount=Decimal("50000"),
            currency="KGS",
            beneficiaries=5,
            story_date=datetime.date(2023, 9, 1),
        ),
        "c": story(
            index,
            slug="c",
            place=place["alpha"],
            country_of_residence=term["ru"],
            sectors=[term["water"]],
            kinds=["money"],
            amount=Decimal("100000"),
            currency="RUB",
            story_date=datetime.date(2024, 2, 1),
            **rate("0.95"),
        ),
        "d": story(
            index,
            slug="d",
            place=place["beta-village"],
            amount=Decimal("500"),
            currency="USD",
            story_date=datetime.date(2024, 3, 1),
        ),
        "e": story(
            index,
            slug="e",
            kinds=["volunteering"],
            beneficiaries=3,
            story_date=datetime.date(2022, 6, 1),
        ),
        "g": story(
            index,
            slug="g",
            place=place["beta-village"],
            country_of_residence=term["tr"],
            sectors=[term["schools"]],
            amount=Decimal("20000"),
            currency="KGS",
            beneficiaries=2,
            story_date=datetime.date(2024, 7, 1),
        ),
        # Never published.
        "draft": story(
            index,
            slug="draft",
            publish=False,
            place=place["alpha-village"],
            amount=Decimal("1000000"),
            currency="KGS",
            beneficiaries=1000,
            story_date=datetime.date(2024, 1, 1),
        ),
        # Published, but only to people who sign in.
        "private": story(
            index,
            slug="private",
            place=place["alpha"],
            amount=Decimal("777"),
            currency="KGS",
            story_date=datetime.date(2024, 1, 1),
        ),
    }
    PageViewRestriction.objects.create(
        page=stories["private"], restriction_type=PageViewRestriction.LOGIN
    )
    # Story g's editors are changing it: the new figures wait in a draft revision.
    g = stories["g"]
    g.amount = Decimal("9999999")
    g.currency = "KGS"
    g.place = place["alpha-village"]
    g.beneficiaries = 500
    g.story_date = datetime.date(2021, 1, 1)
    g.save_revision()
    return stories, place, term


def winner(story_page, *, published=True, retracted=False):
    """A contest decision linking ``story_page`` as a winner's story."""
    programme = ContestProgrammePageFactory(parent=StoryIndexPage.objects.first().get_parent())
    edition = ContestEditionPageFactory(parent=programme)
    add_categories(edition, "investment")
    entry = make_entry(edition, story_page.pk)
    now = timezone.now()
    return Decision.objects.create(
        edition=edition,
        entry=entry,
        kind="winner",
        category="investment",
        rank=1,
        published_at=now if published else None,
        retracted_at=now if retracted else None,
        story=story_page,
    )
