"""The API package's layers: the lower one imports no app, and nothing dodges a cycle
with an import inside a function."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "cms" / "api"
LOWER = [
    "content_version",
    "problems",
    "params",
    "languages",
    "visibility",
    "frontend",
    "preview_tokens",
    "http",
    "middleware",
    "models",
    "memo",
    "rendering",
]
APPS = ("stories", "campaigns", "media_library")


def imported_modules(tree) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("module", LOWER)
def test_the_lower_layer_imports_no_app(module):
    tree = ast.parse((PACKAGE / f"{module}.py").read_text())
    assert not [name for name in imported_modules(tree) if name.split(".")[0] in APPS]


@pytest.mark.parametrize(
    "path", sorted(p for p in PACKAGE.glob("*.py") if p.name != "apps.py"), ids=lambda p: p.name
)
def test_no_imports_inside_functions(path):
    tree = ast.parse(path.read_text())
    local = [
        node.lineno
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Import | ast.ImportFrom)
    ]
    assert local == []
