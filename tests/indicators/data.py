"""Figures of the year 2023, made by hand, with the totals each source must give.

The demo's own content is published, sent and scanned on the day it is loaded (and its
example counts lie in the months before that), so a 2023 period holds only this data.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from contests.enums import DecisionKind, EntryState
from contests.models import Decision
from exhibitions.enums import TourStopStatus
from exhibitions.models import ScanCount, ShortLink
from indicators.models import MetricCount
from stories.models import SuccessStoryPage
from tests.contests.factories import ContestEditionPageFactory, ContestProgrammePageFactory
from tests.exhibitions.factories import TourStopFactory, VenueFactory, exhibition, section
from tests.jury.conftest import make_entry
from tests.stories.factories import SuccessStoryPageFactory

YEAR = 2023


def local(year, month, day, hour=12):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


def published_on(page, moment):
    type(page).objects.filter(pk=page.pk).update(first_published_at=moment)


def make_stories(home, ru_home):
    """ky: Feb 2 (one at 02:00 on 1 March Bishkek time, 20:00 UTC on 28 Feb), Mar 1;
    ru: Mar 1; one never published; one in 2022."""
    stories = [SuccessStoryPageFactory(parent=home, title=f"Plan story {n}") for n in range(5)]
    published_on(stories[0], local(YEAR, 2, 10))
    published_on(stories[1], local(YEAR, 2, 27))
    published_on(stories[2], local(YEAR, 3, 1, hour=2))  # 2023-02-28 20:00 UTC
    SuccessStoryPage.objects.filter(pk=stories[3].pk).update(first_published_at=None, live=False)
    published_on(stories[4], local(YEAR - 1, 12, 31))
    russian = SuccessStoryPageFactory(parent=ru_home, title="Plan story ru")
    published_on(russian, local(YEAR, 3, 15))
    return stories + [russian]


def make_entries(home):
    programme = ContestProgrammePageFactory(parent=home, kind="journalists")
    edition = ContestEditionPageFactory(parent=programme, title="Plan edition 2023")
    sent = [
        ("TR", "article", "investment", local(YEAR, 4, 3), EntryState.ELIGIBLE),
        ("TR", "video", "investment", local(YEAR, 4, 9), EntryState.SUBMITTED),
        ("RU", "video", "charity", local(YEAR, 5, 1), EntryState.INELIGIBLE),
        ("RU", "video", "charity", local(YEAR, 5, 2), EntryState.WITHDRAWN),
    ]
    entries = []
    for number, (country, medium, category, moment, state) in enumerate(sent, start=1):
        entry = make_entry(
            edition,
            9000 + number,
            country=country,
            medium=medium,
            category=category,
            state=state,
            email=f"plan{number}@example.org",
        )
        type(entry).objects.filter(pk=entry.pk).update(created_at=moment)
        entries.append(entry)
    return edition, entries


def make_grants(edition, entries):
    """Public: 5000 USD (June), 300000 KGS (June); not counted: superseded, retracted,
    never made public."""
    public = local(YEAR, 6, 20)

    def grant(entry, amount, currency, **fields):
        return Decision.objects.create(
            edition=edition,
            entry=entry,
            kind=DecisionKind.GRANT,
            category=entry.category,
            amount=Decimal(amount),
            currency=currency,
            **fields,
        )

    grant(entries[0], "5000", "USD", published_at=public)
    grant(entries[1], "300000", "KGS", published_at=public)
    grant(entries[2], "999", "EUR", published_at=public, retracted_at=public)
    old = grant(entries[3], "777", "USD", published_at=public)
    Decision.objects.filter(pk=old.pk).update(superseded_at=public)
    return public


def make_tour_and_scans(home):
    page = exhibition(home, title="Plan exhibition", slug="plan-exhibition")
    wall = section(page, [{"title": "Тоо айылы"}, {"title": "Мектеп"}], slug="plan-wall")
    exhibits = list(wall.exhibits.order_by("sort_order"))
    ankara, berlin = VenueFactory(name="Plan Ankara"), VenueFactory(name="Plan Berlin")
    held = {"exhibition": page, "status": TourStopStatus.HELD}
    TourStopFactory(
        venue=ankara,
        starts_on=datetime.date(YEAR, 7, 1),
        ends_on=datetime.date(YEAR, 7, 20),
        visitors=850,
        **held,
    )
    TourStopFactory(
        venue=berlin,
        starts_on=datetime.date(YEAR, 9, 5),
        ends_on=datetime.date(YEAR, 9, 25),
        visitors=400,
        **held,
    )
    TourStopFactory(
        venue=berlin,
        exhibition=page,
        starts_on=datetime.date(YEAR, 11, 1),
        ends_on=datetime.date(YEAR, 11, 9),
        status=TourStopStatus.PLANNED,
    )
    # Publishing the section gave each exhibit its short link.
    links = [
        ShortLink.objects.get_or_create(
            exhibit_key=exhibit.translation_key, defaults={"code": f"plan{n}"}
        )[0]
        for n, exhibit in enumerate(exhibits)
    ]
    ScanCount.objects.create(link=links[0], venue=ankara, day=datetime.date(YEAR, 7, 2), count=40)
    ScanCount.objects.create(link=links[0], venue=ankara, day=datetime.date(YEAR, 7, 3), count=2)
    ScanCount.objects.create(link=links[1], venue=None, day=datetime.date(YEAR, 9, 6), count=9)
    return exhibits, (ankara, berlin)


def make_reported(story):
    """Views: web 100 + 50 (Jan), facebook 30 (Feb); subscribers on telegram: 1000 on
    10 Jan, 1200 on 31 Jan, 1500 on 20 Feb."""
    rows = [
        ("story", story.pk, "web", datetime.date(YEAR, 1, 5), "portal", "views", 100),
        ("story", story.pk, "web", datetime.date(YEAR, 1, 6), "portal", "views", 50),
        ("story", story.pk, "facebook", datetime.date(YEAR, 2, 1), "social", "views", 30),
        ("site", 0, "telegram", datetime.date(YEAR, 1, 10), "social", "subscribers", 1000),
        ("site", 0, "telegram", datetime.date(YEAR, 1, 31), "social", "subscribers", 1200),
        ("site", 0, "telegram", datetime.date(YEAR, 2, 20), "social", "subscribers", 1500),
    ]
    fields = ["item_type", "item_id", "channel", "day", "tool", "metric", "value"]
    MetricCount.objects.bulk_create(
        [MetricCount(**dict(zip(fields, row, strict=True))) for row in rows]
    )


def make_year(home, ru_home):
    stories = make_stories(home, ru_home)
    edition, entries = make_entries(home)
    make_grants(edition, entries)
    exhibits, venues = make_tour_and_scans(home)
    make_reported(stories[0])
    return {
        "stories": stories,
        "edition": edition,
        "entries": entries,
        "exhibits": exhibits,
        "venues": venues,
    }
