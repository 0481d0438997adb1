import io

import pytest

from django.apps import apps
from django.core.management import call_command

from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

pytestmark = pytest.mark.django_db


def row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def page_rows():
    return list(Page.objects.order_by("path").values("id", "slug", "locale_id", "live", "title"))


def test_load_demo_again_leaves_the_same_rows(demo_site, django_capture_on_commit_callbacks):
    """The suite's database already holds the demo: a second run must write nothing."""
    counts, pages = row_counts(), page_rows()
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=out)
    assert row_counts() == counts
    assert page_rows() == pages
    output = out.getvalue()
    assert "[5/5]" in output
    assert "created" not in output
    assert "ky home page unchanged" in output


def test_demo_translations_reach_translators_through_wagtail_localize(demo_site):
    assert Translation.objects.filter(target_locale__language_code="ru").exists()
    assert Translation.objects.filter(target_locale__language_code="en").exists()
    assert StringTranslation.objects.filter(data__icontains="homeland").exists()
    assert Revision.objects.count() >= 3
