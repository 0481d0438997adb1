from pathlib import Path

import polib
import pytest

from django.utils import translation

from cms.models import HomePage

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ky", "башкы бет"), ("ru", "главная страница"), ("en", "home page")],
)
def test_own_strings_are_translated(language, expected):
    with translation.override(language):
        assert str(HomePage._meta.verbose_name) == expected


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_catalogue_is_complete_and_compiled(language):
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    mo = polib.mofile(str(folder / "django.mo"))
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    compiled = {entry.msgid: entry.msgstr for entry in mo}
    assert {e.msgid: e.msgstr for e in po.translated_entries()}.items() <= compiled.items()
