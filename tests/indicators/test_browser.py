"""In Chromium: a coordinator reads the communication plan's report, its charts and figures.

The screenshots go to ``INDICATORS_SHOTS_DIR`` (a temporary folder unless set).
playwright-core is the one pinned for the contests' browser checks
(``tests/contests/browser``), driving the system's Chromium.
"""

import json
import os
import subprocess
from pathlib import Path

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from indicators.models import Conclusion, PlanActivity, SurveyWave
from tests.api.test_typed_client import api_server  # noqa: F401  (fixture)
from tests.contests.test_browser import BROWSER_DIR, NODE, NPM, pytestmark  # noqa: F401

from . import data

HERE = Path(__file__).resolve().parent
PASSWORD = "pw-indicators-1"


def test_a_coordinator_reads_the_plan_in_chromium(
    tmp_path,
    demo_site,
    coordinator,
    api_server,  # noqa: F811
):
    ru_home = demo_site.get_translation(Locale.objects.get(language_code="ru"))
    data.make_year(demo_site, ru_home)
    PlanActivity.objects.filter(key="webinars").update(manual_value=7, target=10)
    SurveyWave.objects.create(
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
    Conclusion.objects.create(written_on="2025-12-01", text="Post stories on Telegram weekly.")
    UserProfile.objects.update_or_create(user=coordinator, defaults={"preferred_language": "en"})
    subprocess.run(
        [NPM, "ci", "--no-audit", "--no-fund", "--prefer-offline"],
        cwd=BROWSER_DIR,
        check=True,
        capture_output=True,
        timeout=300,
    )
    shots = Path(os.environ.get("INDICATORS_SHOTS_DIR", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    plan = {
        "server": api_server,
        "shots": str(shots),
        "username": coordinator.username,
        "password": PASSWORD,
        "query": "period=year&day=2023-06-01",
    }
    result = subprocess.run(
        [NODE, str(HERE / "dashboard.js"), json.dumps(plan)],
        cwd=BROWSER_DIR,
        env={**os.environ, "NODE_PATH": str(BROWSER_DIR / "node_modules")},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    for device in ("laptop", "phone"):
        page = seen[device]
        assert page["period"] == "2023-01-01 – 2023-12-31"
        activities = PlanActivity.objects.count()
        # A monthly chart per counted activity, per internet statistic, and the survey's.
        assert page["charts"] >= 10, page
        assert page["drawn"] == page["charts"], page
        assert page["bars"] > activities
        stories = page["rows"]["Success stories in storytelling format"]
        assert stories[4] == "4", stories
        assert "80.0 %" in stories[5], stories
        webinars = next(cells for title, cells in page["rows"].items() if "Webinars" in title)
        assert webinars[4] == "7", webinars
        assert "70.0 %" in webinars[5], webinars
        assert page["totals"]["reported.views"] == "180"
        assert page["totals"]["reported.subscribers"] == "1,500"
    assert seen["laptop"]["menu"]
    assert sorted(p.name for p in shots.iterdir()) == [
        "01-dashboard-laptop.png",
        "02-dashboard-phone.png",
    ]
