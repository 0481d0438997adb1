"""The strategy's communication plan: one activity per row, added where missing."""

from django.db import migrations


def seed(apps, schema_editor):
    from indicators.plan_seed import PLAN

    PlanActivity = apps.get_model("indicators", "PlanActivity")
    for position, activity in enumerate(PLAN, start=1):
        PlanActivity.objects.get_or_create(
            key=activity["key"],
            defaults={
                "position": position * 10,
                "section": activity["section"],
                "title": activity["title"],
                "expected_result": activity["expected_result"],
                "indicator": activity["indicator"],
                "source_key": activity["source"],
                "target": activity.get("target"),
                "responsible": activity["responsible"],
                "timing": activity["timing"],
            },
        )


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_reported_metrics_plan_and_surveys")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
