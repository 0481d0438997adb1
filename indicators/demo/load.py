"""Example reported counts and an example survey wave, so the dashboard shows its charts.

Everything here is marked as an example (``is_example``). Counts cover the six months
before the month the demo is loaded, twice a month, for the first three Kyrgyz stories
on three channels, plus the accounts' subscribers; the values follow from the count's
own key, so loading again writes nothing new (existing counts are left as they are).
"""

import datetime
import hashlib

from django.conf import settings
from django.utils import timezone

from indicators.enums import Channel, Metric, ReportingTool, SurveyMethod, SurveyStage
from indicators.models import MetricCount, SurveyWave
from indicators.models.metrics import NO_ID
from indicators.periods import add_months, first_of_month
from indicators.reported import ITEM_SITE
from stories.models import SuccessStoryPage

MONTHS = 6
DAYS = (5, 20)
CHANNELS = {
    Channel.WEB: (ReportingTool.PORTAL, 400),
    Channel.FACEBOOK: (ReportingTool.SOCIAL, 250),
    Channel.TELEGRAM: (ReportingTool.SOCIAL, 150),
}
# Of the views, roughly this share are shares and reactions.
SHARE = {Metric.VIEWS: 1.0, Metric.SHARES: 0.06, Metric.REACTIONS: 0.18}
SUBSCRIBERS = {Channel.FACEBOOK: 5200, Channel.TELEGRAM: 2100, Channel.WEB: 900}

WAVE = {
    "name": "Baseline survey 2023 (example)",
    "stage": SurveyStage.BEFORE,
    "method": SurveyMethod.ONLINE,
    "held_from": datetime.date(2023, 3, 1),
    "held_until": datetime.date(2023, 3, 31),
    "respondents": 412,
    "aware": 118,
    "satisfied": 96,
    "important": 301,
    "notes": "Made-up figures showing how a wave is entered.",
}


def _spread(*parts) -> float:
    """A stable number between 0.6 and 1.4 for the count's key."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return 0.6 + digest[0] / 255 * 0.8


def _days(today):
    start = add_months(first_of_month(today), -MONTHS)
    return [add_months(start, n).replace(day=d) for n in range(MONTHS) for d in DAYS]


def example_counts(today) -> list[MetricCount]:
    stories = list(
        SuccessStoryPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("pk")
        .values_list("pk", flat=True)[:3]
    )
    counts = []
    for day in _days(today):
        for channel, (tool, base) in CHANNELS.items():
            for story in stories:
                views = int(base * _spread(story, channel, day))
                for metric, share in SHARE.items():
                    counts.append(
                        MetricCount(
                            item_type="story",
                            item_id=story,
                            channel=channel,
                            day=day,
                            tool=tool,
                            metric=metric,
                            value=max(0, int(views * share)),
                            is_example=True,
                        )
                    )
            growth = 1 + 0.03 * _days(today).index(day)
            counts.append(
                MetricCount(
                    item_type=ITEM_SITE,
                    item_id=NO_ID,
                    channel=channel,
                    day=day,
                    tool=tool,
                    metric=Metric.SUBSCRIBERS,
                    value=int(SUBSCRIBERS[channel] * growth),
                    is_example=True,
                )
            )
    return counts


def load(stdout):
    counts = example_counts(timezone.localdate())
    before = MetricCount.objects.count()
    MetricCount.objects.bulk_create(counts, ignore_conflicts=True)
    stdout.write(f"  {len(counts)} example counts, {MetricCount.objects.count() - before} new")
    wave, created = SurveyWave.objects.get_or_create(
        name=WAVE["name"], defaults={**WAVE, "is_example": True}
    )
    stdout.write(f"  {'created' if created else 'unchanged'}: {wave.name}")
