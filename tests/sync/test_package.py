"""The sync package is shared machinery: it imports no app; the apps register with it."""

import ast
from pathlib import Path

import pytest

from cms.api.sync.registry import registered, type_names
from tests.api.test_package_layers import imported_modules

PACKAGE = Path(__file__).resolve().parents[2] / "cms" / "api" / "sync"
APPS = ("stories", "campaigns", "contests", "exhibitions", "media_library")


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_the_sync_package_imports_no_app(path):
    tree = ast.parse(path.read_text())
    assert not [name for name in imported_modules(tree) if name.split(".")[0] in APPS]


def test_each_app_registers_its_types():
    assert type_names() == [
        "stories",
        "places",
        "countries",
        "sectors",
        "people",
        "themes",
        "contests",
        "exhibitions",
        "images",
    ]
    contests = next(t for t in registered() if t.name == "contests")
    assert contests.next_change is not None
