"""The admin speaks Kyrgyz: our catalogue of Wagtail's and wagtail-localize's strings is
compiled, keeps every placeholder, covers the everyday screens and reaches the screens."""

import io
import json
import re
import shutil
from pathlib import Path

import polib
import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

from cms.interface_coverage import SCREENS, coverage, screen_messages, untranslated

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale" / "wagtail"
CATALOGUES = [(language, domain) for language in ("ky", "ru") for domain in ("django", "djangojs")]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
DJANGO_KY_PLURALS = "nplurals=1; plural=0;"
# The share of the everyday screens' strings an editor must see in their language.
THRESHOLD = {"ky": 0.95, "ru": 0.99}


def catalogue(language, domain):
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.po"))


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_catalogue_is_compiled(language, domain):
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    po = catalogue(language, domain)
    compiled = {(e.msgctxt, e.msgid): e for e in polib.mofile(str(folder / f"{domain}.mo"))}
    assert po.fuzzy_entries() == []
    for entry in po.translated_entries():
        assert (entry.msgctxt, entry.msgid) in compiled, entry.msgid


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_translations_keep_the_placeholders(language, domain):
    for entry in catalogue(language, domain).translated_entries():
        if entry.msgid_plural:
            sources = [entry.msgid_plural] * len(entry.msgstr_plural)
            if language == "ru":
                sources[0] = entry.msgid
            pairs = zip(sources, entry.msgstr_plural.values(), strict=True)
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        for source, text in pairs:
            found, expected = set(PLACEHOLDER.findall(text)), set(PLACEHOLDER.findall(source))
            assert found <= expected, (entry.msgid, text)
            if not entry.msgid_plural:
                assert found == expected, (entry.msgid, text)


def test_kyrgyz_plural_rule_is_djangos():
    for domain in ("django", "djangojs"):
        assert catalogue("ky", domain).metadata["Plural-Forms"] == DJANGO_KY_PLURALS
    with translation.override("ky"):
        assert translation.ngettext("%(count)s image", "%(count)s images", 5) == "%(count)s сүрөт"


def test_every_screen_has_strings():
    for screen in SCREENS:
        assert len(screen_messages(screen)) >= 20, screen


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_everyday_screens_are_translated_above_the_threshold(language):
    rows = coverage()
    for row in rows:
        assert row[language] / row["strings"] >= THRESHOLD[language] - 0.05, row
    total = rows[-1]
    assert total["screen"] == "all screens"
    assert total[language] / total["strings"] >= THRESHOLD[language], untranslated(language)[:20]


def test_command_prints_the_table_and_fails_under_a_threshold():
    out = io.StringIO()
    call_command("interface_coverage", stdout=out)
    table = out.getvalue()
    assert "all screens" in table
    assert "translation editor" in table
    with pytest.raises(CommandError, match="ky"):
        call_command("interface_coverage", fail_under=100.1, stdout=io.StringIO())


def kyrgyz_editor(client):
    user = get_user_model().objects.create_superuser("kyrgyz-editor", "ky@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ky"
    profile.save()
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_dashboard_and_menus_are_in_kyrgyz(client):
    kyrgyz_editor(client)

    html = client.get("/admin/").content.decode()

    assert "Башкаруу панели" in html
    # The sidebar menu comes as JSON for the admin's scripts.
    for label in ("Беттер", "Сүрөттөр", "Документтер", "Отчеттор"):
        assert json.dumps(label)[1:-1] in html, label
    assert "Dashboard" not in html


@pytest.mark.django_db
def test_page_editor_footer_is_in_kyrgyz(client, demo_site):
    kyrgyz_editor(client)

    html = client.get(f"/admin/pages/{demo_site.pk}/edit/").content.decode()

    assert "Долбоорду сактоо" in html
    assert "Save draft" not in html


@pytest.mark.django_db
def test_javascript_catalogues_are_in_kyrgyz(client):
    kyrgyz_editor(client)

    admin_js = client.get("/admin/jsi18n/").content.decode()
    localize_js = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()

    assert json.dumps("Сакталууда...") in admin_js
    assert json.dumps("PO файлын жүктөө") in localize_js


@pytest.mark.django_db
def test_sign_in_page_is_in_kyrgyz_for_a_kyrgyz_browser(client):
    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="ky").content.decode()

    assert "Wagtail'ге кирүү" in html
    assert "Сырсөз" in html
    assert ">Password" not in html


def test_catalogue_lists_every_message_of_the_installed_apps():
    call_command("update_interface_catalogue", check=True, stdout=io.StringIO())


def test_update_adds_new_messages_and_keeps_translations(tmp_path, settings):
    folder = tmp_path / "locale" / "wagtail" / "ky" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    for domain in ("django", "djangojs"):
        shutil.copy(LOCALE_DIR / "ky" / "LC_MESSAGES" / f"{domain}.po", folder)
    po = polib.pofile(str(folder / "django.po"))
    dropped = po.find("Save draft")
    po.remove(dropped)
    po.append(polib.POEntry(msgid="A message Wagtail no longer has", msgstr="Жок"))
    po.save()
    settings.BASE_DIR = tmp_path

    with pytest.raises(CommandError, match="1 new, 1 gone"):
        call_command("update_interface_catalogue", check=True, stdout=io.StringIO())
    call_command("update_interface_catalogue", stdout=io.StringIO())

    updated = polib.pofile(str(folder / "django.po"))
    assert updated.find("Save draft").msgstr == ""
    assert updated.find("A message Wagtail no longer has") is None
    assert updated.find("Publish").msgstr == "Жарыялоо"
    call_command("update_interface_catalogue", check=True, stdout=io.StringIO())
