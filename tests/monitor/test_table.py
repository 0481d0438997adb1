"""The monitor against a table worked out by hand.

Stories in regions A (alpha) and B (beta), published unless said; ``g`` has a newer
draft revision that must not count::

    st place        country sectors        kinds          amount     rate KGS      ben. year
    a  A/dist/vill  TR      schools        money, charity 1000 USD   87.5 87500.00 10   2023
    b  A/dist       RU      schools, water skills         50000 KGS  -    50000.00 5    2023
    c  A            RU      water          money          100000 RUB 0.95 95000.00 -    2024
    d  B/dist/vill  -       -              -              500 USD    none (none)   -    2024
    e  -            -       -              volunteering   -          -    -        3    2022
    g  B/dist/vill  TR      schools        -              20000 KGS  -    20000.00 2    2024
    draft  A/dist/vill (never published: 1000000 KGS, 1000 beneficiaries)
    private A         (published, visible only after signing in: 777 KGS)
    g's draft revision: 9999999 KGS, alpha village, 500 beneficiaries, 2021

Totals: 6 stories; 20 beneficiaries in 4 stories; KGS 70000.00 (2 stories), RUB 100000.00
(95000.00 som), USD 1500.00 (2 stories, 87500.00 som, one amount without a rate);
som equivalent 70000 + 95000 + 87500 = 252500.00, one amount without a rate.
"""

from decimal import Decimal

import pytest

from .factories import winner, world

pytestmark = pytest.mark.django_db

URL = "/api/v1/monitor/contributions"


@pytest.fixture
def table(no_demo_stories):
    return world()


def figures(item) -> dict:
    """The numbers of a figure, amounts as exact decimals."""
    return {
        "stories": item["stories"],
        "beneficiaries": item["beneficiaries"],
        "with_beneficiaries": item["stories_with_beneficiaries"],
        "amounts": {
            line["currency"]: (
                Decimal(line["amount"]),
                line["stories"],
                None if line["kgs_equivalent"] is None else Decimal(line["kgs_equivalent"]),
                line["amounts_without_rate"],
            )
            for line in item["amounts"]
        },
        "kgs": None if item["kgs_equivalent"] is None else Decimal(item["kgs_equivalent"]),
        "without_rate": item["amounts_without_rate"],
    }


def fig(stories, beneficiaries, with_beneficiaries, amounts, kgs, without_rate):
    return {
        "stories": stories,
        "beneficiaries": beneficiaries,
        "with_beneficiaries": with_beneficiaries,
        "amounts": {
            currency: (Decimal(amount), count, None if som is None else Decimal(som), missing)
            for currency, (amount, count, som, missing) in amounts.items()
        },
        "kgs": None if kgs is None else Decimal(kgs),
        "without_rate": without_rate,
    }


def get(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200, response.content[:500]
    return response.json()


def ids_of(stories, *names):
    return sorted(stories[name].pk for name in names)


TOTALS = fig(
    6,
    20,
    4,
    {
        "KGS": ("70000", 2, "70000", 0),
        "RUB": ("100000", 1, "95000", 0),
        "USD": ("1500", 2, "87500", 1),
    },
    "252500",
    1,
)


def test_totals_count_only_published_public_stories_as_published(client, table):
    stories, _place, _term = table
    data = get(client, locale="ky")
    assert figures(data["totals"]) == TOTALS
    assert sorted(data["totals"]["story_ids"]) == ids_of(stories, "a", "b", "c", "d", "e", "g")


def test_regions_roll_up_villages_and_districts(client, table):
    stories, _place, _term = table
    data = get(client, group_by="region", locale="ky")
    assert [group["key"] for group in data["groups"]] == ["alpha", "beta", None]
    alpha, beta, unknown = data["groups"]
    assert alpha["label"] == "Альфа облусу"
    assert figures(alpha) == fig(
        3,
        15,
        2,
        {
            "KGS": ("50000", 1, "50000", 0),
            "RUB": ("100000", 1, "95000", 0),
            "USD": ("1000", 1, "87500", 0),
        },
        "232500",
        0,
    )
    assert sorted(alpha["story_ids"]) == ids_of(stories, "a", "b", "c")
    # Story c is placed on the region itself: it counts for the region, in no district.
    [district] = alpha["districts"]
    assert (district["key"], district["label"]) == ("alpha-district", "Альфа району")
    assert figures(district) == fig(
        2,
        15,
        2,
        {"KGS": ("50000", 1, "50000", 0), "USD": ("1000", 1, "87500", 0)},
        "137500",
        0,
    )
    assert figures(beta) == fig(
        2,
        2,
        1,
        {"KGS": ("20000", 1, "20000", 0), "USD": ("500", 1, None, 1)},
        "20000",
        1,
    )
    assert [d["key"] for d in beta["districts"]] == ["beta-district"]
    assert figures(beta["districts"][0]) == figures(beta)
    assert unknown["label"]
    assert unknown["stories_url"] is None
    assert unknown["districts"] is None
    assert figures(unknown) == fig(1, 3, 1, {}, None, 0)


def test_a_story_with_two_sectors_counts_in_both(client, table):
    stories, _place, _term = table
    data = get(client, group_by="sector", locale="ky")
    groups = {group["key"]: group for group in data["groups"]}
    assert list(groups) == ["schools", "water", None]
    assert figures(groups["schools"]) == fig(
        3,
        17,
        3,
        {"KGS": ("70000", 2, "70000", 0), "USD": ("1000", 1, "87500", 0)},
        "157500",
        0,
    )
    assert figures(groups["water"]) == fig(
        2,
        5,
        1,
        {"KGS": ("50000", 1, "50000", 0), "RUB": ("100000", 1, "95000", 0)},
        "145000",
        0,
    )
    assert sorted(groups[None]["story_ids"]) == ids_of(stories, "d", "e")
    assert groups["schools"]["label"] == "Мектептер"
    assert figures(data["totals"]) == TOTALS


def test_kinds_in_their_order(client, table):
    stories, _place, _term = table
    data = get(client, group_by="kind", locale="en")
    assert [(g["key"], g["label"]) for g in data["groups"]] == [
        ("money", "Money"),
        ("skills", "Skills transfer"),
        ("charity", "Charity"),
        ("volunteering", "Volunteering"),
        (None, "Kind not stated"),
    ]
    money, skills, charity, volunteering, unknown = data["groups"]
    assert figures(money)["kgs"] == Decimal("182500")
    assert figures(skills)["kgs"] == Decimal("50000")
    assert figures(charity)["kgs"] == Decimal("87500")
    assert figures(volunteering) == fig(1, 3, 1, {}, None, 0)
    assert sorted(unknown["story_ids"]) == ids_of(stories, "d", "g")


def test_countries_and_years(client, table):
    stories, _place, _term = table
    countries = {g["key"]: g for g in get(client, group_by="country", locale="ky")["groups"]}
    assert list(countries) == ["RU", "TR", None]
    assert figures(countries["RU"])["kgs"] == Decimal("145000")
    assert figures(countries["TR"])["kgs"] == Decimal("107500")
    assert sorted(countries[None]["story_ids"]) == ids_of(stories, "d", "e")
    years = get(client, group_by="year", locale="ky")["groups"]
    assert [(g["key"], g["stories"]) for g in years] == [("2022", 1), ("2023", 2), ("2024", 3)]
    assert figures(years[2]) == fig(
        3,
        2,
        1,
        {
            "KGS": ("20000", 1, "20000", 0),
            "RUB": ("100000", 1, "95000", 0),
            "USD": ("500", 1, None, 1),
        },
        "115000",
        1,
    )


def test_publishing_the_draft_changes_moves_the_figures(client, table):
    stories, _place, _term = table
    before = get(client, group_by="region", locale="ky")
    stories["g"].get_latest_revision().publish()
    after = get(client, group_by="region", locale="ky")
    assert before != after
    alpha = after["groups"][0]
    assert alpha["key"] == "alpha"
    assert stories["g"].pk in alpha["story_ids"]
    assert Decimal(after["totals"]["amounts"][0]["amount"]) == Decimal("50000") + Decimal(
        "9999999"
    )
    assert after["totals"]["beneficiaries"] == 18 + 500


def test_stories_of_published_contest_winners_are_counted_once(client, table):
    stories, _place, _term = table
    winner(stories["a"])
    winner(stories["b"], published=False)
    winner(stories["c"], published=True, retracted=True)
    winner(stories["draft"])
    data = get(client, group_by="region", locale="ky")
    assert data["totals"]["winner_stories"] == 1
    assert data["totals"]["stories"] == 6
    assert figures(data["totals"]) == TOTALS
    assert data["groups"][0]["winner_stories"] == 1
    assert data["groups"][0]["districts"][0]["winner_stories"] == 1
    assert data["groups"][1]["winner_stories"] == 0
