"""The registry and each app's sources, against the hand-made 2023 (tests/indicators/data.py)."""

import datetime
from decimal import Decimal

import pytest

from wagtail.models import Locale

from indicators import sources
from indicators.periods import CUSTOM, MONTH, QUARTER, YEAR, Period

from . import data

pytestmark = pytest.mark.django_db

D = datetime.date
YEAR_2023 = Period.of(YEAR, D(2023, 6, 1))


@pytest.fixture
def year(demo_site):
    ru_home = demo_site.get_translation(Locale.objects.get(language_code="ru"))
    return data.make_year(demo_site, ru_home)


def read(key, period=YEAR_2023):
    source = sources.get(key)
    assert source is not None, f"{key} is not registered"
    return sources.Figures.read(source, period)


def rows(key, period=YEAR_2023):
    return sorted((row.month, row.keys, row.value) for row in read(key, period).rows)


def test_every_app_registers_its_sources_and_item_types():
    keys = {source.key for source in sources.all_sources()}
    assert {
        "stories.published",
        "campaigns.themes_published",
        "contests.editions_published",
        "contests.entries",
        "contests.grants",
        "contests.grant_amounts",
        "exhibitions.published",
        "exhibitions.tour_stops",
        "exhibitions.visitors",
        "exhibitions.qr_scans",
        "reported.views",
        "reported.shares",
        "reported.reactions",
        "reported.comments",
        "reported.subscribers",
        "reported.visitors",
    } <= keys
    assert {"story", "theme", "contest", "exhibition", "site"} <= set(sources.item_type_names())


def test_a_later_app_plugs_in_its_own_source():
    """How webhook deliveries or feedback appeals join: register, and it is read."""
    source = sources.Source(
        key="tests.appeals",
        label="Appeals",
        rows=lambda period: [sources.Row(period.start, ("web form",), 4)],
        internet=True,
    )
    sources.register(source)
    try:
        assert sources.get("tests.appeals") is source
        assert read("tests.appeals").total == 4
    finally:
        sources._sources.pop("tests.appeals")


def test_periods_month_quarter_year_and_months():
    assert Period.of(MONTH, D(2024, 2, 10)) == Period(D(2024, 2, 1), D(2024, 2, 29))
    assert Period.of(QUARTER, D(2023, 8, 31)) == Period(D(2023, 7, 1), D(2023, 9, 30))
    assert Period.of(YEAR, D(2023, 8, 31)) == Period(D(2023, 1, 1), D(2023, 12, 31))
    assert Period(D(2023, 11, 20), D(2024, 2, 1)).months() == [
        D(2023, 11, 1),
        D(2023, 12, 1),
        D(2024, 1, 1),
        D(2024, 2, 1),
    ]
    assert CUSTOM == "custom"


def test_stories_published_per_local_month_and_language(year):
    assert rows("stories.published") == [
        (D(2023, 2, 1), ("ky",), 2),
        (D(2023, 3, 1), ("ky",), 1),  # 02:00 in Bishkek on 1 March, 28 February in UTC
        (D(2023, 3, 1), ("ru",), 1),
    ]
    figures = read("stories.published")
    assert figures.total == 4
    assert figures.monthly()[:4] == [
        (D(2023, 1, 1), 0),
        (D(2023, 2, 1), 2),
        (D(2023, 3, 1), 2),
        (D(2023, 4, 1), 0),
    ]
    assert len(figures.monthly()) == 12


def test_contest_entries_per_edition_category_country_and_medium(year):
    edition = "Plan edition 2023"
    assert rows("contests.entries") == [
        (D(2023, 4, 1), (edition, "investment", "TR", "article"), 1),
        (D(2023, 4, 1), (edition, "investment", "TR", "video"), 1),
        (D(2023, 5, 1), (edition, "charity", "RU", "video"), 1),  # the withdrawn one left out
    ]


def test_grants_awarded_count_and_amounts_per_currency(year):
    assert read("contests.grants").total == 2
    assert rows("contests.grants") == [
        (D(2023, 6, 1), ("Plan edition 2023", "KGS"), 1),
        (D(2023, 6, 1), ("Plan edition 2023", "USD"), 1),
    ]
    amounts = read("contests.grant_amounts")
    assert amounts.total is None  # never added across currencies
    assert dict(amounts.by_keys()) == {("KGS",): Decimal("300000"), ("USD",): Decimal("5000")}


def test_tour_stops_held_and_their_visitors(year):
    assert read("exhibitions.tour_stops").total == 2
    assert dict(read("exhibitions.visitors").by_keys()) == {
        ("Plan Ankara",): 850,
        ("Plan Berlin",): 400,
    }
    assert read("exhibitions.visitors").total == 1250


def test_qr_scans_per_exhibit_and_venue(year):
    assert dict(read("exhibitions.qr_scans").by_keys()) == {
        ("Тоо айылы", "Plan Ankara"): 42,
        ("Мектеп", "—"): 9,
    }


def test_reported_flows_add_up_and_levels_take_the_latest_day(year):
    views = read("reported.views")
    assert views.total == 180
    assert dict(views.by_keys()) == {("web", "portal"): 150, ("facebook", "social"): 30}
    subscribers = read("reported.subscribers")
    assert subscribers.monthly()[:3] == [
        (D(2023, 1, 1), 1200),
        (D(2023, 2, 1), 1500),
        (D(2023, 3, 1), 0),
    ]
    assert subscribers.total == 1500
    january = read("reported.subscribers", Period.of(MONTH, D(2023, 1, 1)))
    assert january.total == 1200
