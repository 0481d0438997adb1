import io

import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from cms.demo.users import ensure_demo_user
from cms.management.commands.load_demo import LOADERS

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
    assert f"[{len(LOADERS)}/{len(LOADERS)}]" in output
    assert "created" not in output
    assert "ky home page unchanged" in output


def test_demo_translations_reach_translators_through_wagtail_localize(demo_site):
    assert Translation.objects.filter(target_locale__language_code="ru").exists()
    assert Translation.objects.filter(target_locale__language_code="en").exists()
    assert StringTranslation.objects.filter(data__icontains="homeland").exists()
    assert Revision.objects.count() >= 3


DEMO_LOGINS = {
    "demo-editor": "Content managers",
    "demo-coordinator": "Coordinating editors",
    "demo-smm": "SMM managers",
    "demo-photographer": "Photographers",
    "demo-translator": "Translators",
    "demo-contests": "Contest coordinators",
}


def test_each_group_has_a_demo_login_printed_on_every_run(demo_site):
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    for username, group_name in DEMO_LOGINS.items():
        user = get_user_model().objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group_name]
        assert f"demo login: {username} / (its password) — {group_name}" in out.getvalue()
        client = Client()
        assert client.login(username=username, password="mekendesh-demo")
        assert client.get("/admin/").status_code == 200


def test_no_demo_logins_where_demo_passwords_are_off(db, settings):
    settings.ALLOW_DEMO_ADMIN_PASSWORD = False
    out = io.StringIO()
    ensure_demo_user(out, "someone", "Translators", "Some One")
    assert not get_user_model().objects.filter(username="someone").exists()
    assert "not created" in out.getvalue()
