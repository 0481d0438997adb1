"""The "Communication plan" report: figures, permissions, exports, queries, admin pieces."""

import csv
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from indicators.models import Conclusion, PlanActivity, ReportingToken, SurveyWave
from indicators.plan_seed import PLAN

from . import data
from .conftest import post_metrics

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/reports/communication-plan/"
YEAR_2023 = {"period": "year", "day": "2023-06-01"}
HEADINGS = [
    "Part",
    "Item",
    "Indicator",
    "Counted by",
    "Target",
    "Value",
    "Per cent (of the target, or of respondents)",
    "Note",
    "Period",
]


@pytest.fixture
def year(demo_site):
    ru_home = demo_site.get_translation(Locale.objects.get(language_code="ru"))
    return data.make_year(demo_site, ru_home)


@pytest.fixture
def signed_in(client, coordinator):
    UserProfile.objects.update_or_create(user=coordinator, defaults={"preferred_language": "en"})
    client.force_login(coordinator)
    return client


@pytest.fixture
def surveys(db):
    SurveyWave.objects.all().delete()
    before = SurveyWave.objects.create(
        name="Before 2023",
        stage="before",
        method="phone",
        held_from="2023-01-10",
        held_until="2023-01-30",
        respondents=200,
        aware=50,
        satisfied=40,
        important=150,
    )
    after = SurveyWave.objects.create(
        name="After 2025",
        stage="after",
        method="online",
        held_from="2025-11-01",
        held_until="2025-11-30",
        respondents=400,
        aware=220,
        satisfied=180,
        important=330,
    )
    Conclusion.objects.create(written_on="2025-12-01", text='=HYPERLINK("http://x.example")')
    return before, after


def figures_of(response):
    return {a.key: a.figures for a in response.context["object_list"]}


def test_the_plan_is_seeded_from_the_strategy_once():
    keys = list(PlanActivity.objects.values_list("key", flat=True))
    assert keys == [item["key"] for item in PLAN]
    stories = PlanActivity.objects.get(key="success-stories")
    assert (stories.source_key, stories.target) == ("stories.published", Decimal("5"))


def test_seeding_again_keeps_the_coordinators_changes():
    from importlib import import_module

    from django.apps import apps

    seed = import_module("indicators.migrations.0002_seed_communication_plan").seed
    PlanActivity.objects.filter(key="webinars").update(target=12)
    PlanActivity.objects.filter(key="quest").delete()
    seed(apps, None)
    assert PlanActivity.objects.count() == len(PLAN)
    assert PlanActivity.objects.get(key="webinars").target == 12


def test_each_activity_shows_its_value_for_the_period(signed_in, year, surveys):
    PlanActivity.objects.filter(key="webinars").update(manual_value=7, target=10)
    response = signed_in.get(DASHBOARD, YEAR_2023)
    assert response.status_code == 200
    figures = figures_of(response)
    assert figures["success-stories"].value == 4
    assert figures["success-stories"].progress == Decimal("80.0")
    assert figures["content-team"].value == 4
    assert figures["journalists-contest"].value == 3
    assert figures["invest-challenge"].value == 2
    assert figures["photo-exhibition"].value == 2
    assert figures["online-platforms"].value == 180
    assert figures["webinars"].value == 7
    assert figures["webinars"].progress == Decimal("70.0")
    assert figures["monitoring"].value is None
    html = response.content.decode()
    assert html.count('<svg class="indicators-chart"') >= 8
    assert "80.0 %" in html
    assert "2023-01-01 – 2023-12-31" in html
    assert "Before 2023" in html
    assert "After 2025" in html


def test_a_quarter_a_month_and_dates_of_ones_own(signed_in, year):
    quarter = figures_of(signed_in.get(DASHBOARD, {"period": "quarter", "day": "2023-02-14"}))
    assert quarter["success-stories"].value == 4
    assert len(quarter["success-stories"].monthly) == 3
    february = figures_of(signed_in.get(DASHBOARD, {"period": "month", "day": "2023-02-14"}))
    assert february["success-stories"].value == 2
    custom = {"period": "custom", "start": "2023-03-01", "end": "2023-05-31"}
    dates = figures_of(signed_in.get(DASHBOARD, custom))
    assert dates["success-stories"].value == 2
    assert dates["journalists-contest"].value == 3
    backwards = signed_in.get(DASHBOARD, {**custom, "end": "2023-01-01"})
    assert backwards.context["period_warning"]


def test_only_coordinators_see_the_plan(client, content_manager, coordinator):
    client.force_login(content_manager)
    refused = client.get(DASHBOARD, YEAR_2023)
    assert refused.status_code in (302, 403)
    assert "indicators-plan" not in refused.content.decode()
    for url in [
        reverse("indicators_plan:index"),
        reverse("indicators_surveys:index"),
        reverse("indicators_tokens:index"),
        reverse("indicators_tokens:add"),
        DASHBOARD + "?export=csv",
    ]:
        assert client.get(url).status_code in (302, 403), url
    home = client.get("/admin/").content.decode()
    assert "communication-plan" not in home
    client.force_login(coordinator)
    home = client.get("/admin/").content.decode()
    assert DASHBOARD in home
    assert "communication-plan" in home


def test_the_dashboard_reads_each_source_once(signed_in, year, surveys):
    with CaptureQueriesContext(connection) as first:
        assert signed_in.get(DASHBOARD, YEAR_2023).status_code == 200
    for number in range(6):
        PlanActivity.objects.create(
            key=f"more-{number}",
            section="content",
            title=f"More {number}",
            indicator="Stories",
            source_key="stories.published",
        )
    with CaptureQueriesContext(connection) as second:
        assert signed_in.get(DASHBOARD, YEAR_2023).status_code == 200
    assert len(second) == len(first)
    assert len(first) <= 40


def test_the_dashboard_query_count_is_bounded(
    signed_in, year, surveys, django_assert_max_num_queries
):
    with django_assert_max_num_queries(40):
        signed_in.get(DASHBOARD, YEAR_2023)


def download(client, fmt):
    response = client.get(DASHBOARD, {**YEAR_2023, "export": fmt})
    assert response.status_code == 200
    assert "communication-plan-report-20230101-20231231" in response["Content-Disposition"]
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if fmt == "csv":
        return list(csv.reader(io.StringIO(content.decode())))
    sheet = load_workbook(io.BytesIO(content)).active
    return [
        ["" if cell.value is None else cell.value for cell in row] for row in sheet.iter_rows()
    ]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_final_report_has_four_parts_and_its_columns(signed_in, year, surveys, fmt):
    rows = download(signed_in, fmt)
    assert rows[0] == HEADINGS
    parts = [row[0] for row in rows[1:]]
    assert parts[0] == "1. Quantitative indicators"
    assert parts.count("1. Quantitative indicators") == PlanActivity.objects.count()
    assert {
        "2. Internet statistics",
        "3. Survey of target audiences",
        "4. Recommendations",
    } <= set(parts)
    stories = next(row for row in rows if row[1] == "Success stories in storytelling format")
    assert [str(v) for v in stories[3:7]] == ["Success stories published", "5", "4", "80"] or (
        str(stories[5]) == "4" and str(stories[6]).startswith("80")
    )
    views = [
        row for row in rows if row[0] == "2. Internet statistics" and row[3] == "reported.views"
    ]
    assert [(row[2], str(row[5])) for row in views] == [
        ("All channels", "180"),
        ("Website", "150"),
        ("Facebook", "30"),
    ]
    aware = next(row for row in rows if row[1] == "After 2025" and row[2].startswith("Aware"))
    assert (str(aware[5]), float(aware[6])) == ("220", 55.0)
    conclusion = next(row for row in rows if row[0] == "4. Recommendations")
    if fmt == "csv":
        assert conclusion[7] == '\'=HYPERLINK("http://x.example")'
    else:
        assert conclusion[7] == '=HYPERLINK("http://x.example")'


def test_a_token_is_shown_once_stored_hashed_and_revoked(signed_in, coordinator, demo_site):
    response = signed_in.post(
        reverse("indicators_tokens:add"), {"name": "App analytics", "tool": "app"}
    )
    assert response.status_code == 200
    token = ReportingToken.objects.get(name="App analytics")
    secret = response.context["secret"]
    assert secret.startswith(token.prefix)
    assert secret in response.content.decode()
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert token.created_by == coordinator
    listing = signed_in.get(reverse("indicators_tokens:index")).content.decode()
    assert token.prefix in listing
    assert secret not in listing
    body = {
        "counts": [
            {
                "item": {"type": "site"},
                "channel": "app",
                "day": "2023-01-01",
                "metric": "visitors",
                "value": 3,
            }
        ]
    }
    assert post_metrics(signed_in, body, secret).status_code == 200
    revoke = reverse("indicators_token_revoke", args=(token.pk,))
    assert signed_in.get(revoke).status_code == 200
    assert signed_in.post(revoke).status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert post_metrics(signed_in, body, secret).status_code == 403


def test_a_survey_wave_cannot_count_more_yes_than_respondents(signed_in):
    response = signed_in.post(
        reverse("indicators_surveys:add"),
        {
            "name": "Bad wave",
            "stage": "after",
            "method": "online",
            "held_from": "2025-01-01",
            "held_until": "2025-01-31",
            "respondents": 10,
            "aware": 11,
            "satisfied": 1,
            "important": 1,
        },
    )
    assert response.status_code == 200
    assert "aware" in response.context["form"].errors
    assert not SurveyWave.objects.filter(name="Bad wave").exists()


def test_a_coordinator_sets_a_target_and_the_source(signed_in):
    activity = PlanActivity.objects.get(key="webinars")
    response = signed_in.post(
        reverse("indicators_plan:edit", args=(activity.pk,)),
        {
            "section": "education",
            "position": 5,
            "title": activity.title,
            "indicator": activity.indicator,
            "source_key": "reported.views",
            "target": "24",
            "key": activity.key,
            "expected_result": "",
            "responsible": "",
            "timing": "",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    activity.refresh_from_db()
    assert (activity.source_key, activity.target) == ("reported.views", Decimal("24"))
    refused = signed_in.post(
        reverse("indicators_plan:edit", args=(activity.pk,)),
        {
            "section": "education",
            "position": 5,
            "title": activity.title,
            "indicator": activity.indicator,
            "source_key": "no.such.source",
            "key": activity.key,
        },
    )
    assert "source_key" in refused.context["form"].errors


def test_the_demo_holds_example_counts_and_an_example_wave():
    from indicators.models import MetricCount

    assert MetricCount.objects.filter(is_example=True).exists()
    assert not MetricCount.objects.filter(is_example=True, token__isnull=False).exists()
    assert SurveyWave.objects.filter(is_example=True).count() == 1
