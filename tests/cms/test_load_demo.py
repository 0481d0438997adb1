import io

import pytest

from django.apps import apps
from django.core.management import call_command

from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

pytestmark = pytest.mark.django_db


def row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def run_load_demo(capture) -> str:
    out = io.StringIO()
    with capture(execute=True):
        call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_twice_leaves_the_same_rows(django_capture_on_commit_callbacks):
    first = run_load_demo(django_capture_on_commit_callbacks)
    counts = row_counts()
    pages = list(Page.objects.order_by("path").values("id", "slug", "locale_id", "live", "title"))
    second = run_load_demo(django_capture_on_commit_callbacks)
    assert row_counts() == counts
    assert list(
        Page.objects.order_by("path").values("id", "slug", "locale_id", "live", "title")
    ) == (pages)
    assert "[1/" in first
    assert "saved" in first
    assert "unchanged" in second


def test_demo_translations_reach_translators_through_wagtail_localize(demo_site):
    assert Translation.objects.filter(target_locale__language_code="ru").exists()
    assert Translation.objects.filter(target_locale__language_code="en").exists()
    assert StringTranslation.objects.filter(data__icontains="homeland").exists()
    assert Revision.objects.count() >= 3
