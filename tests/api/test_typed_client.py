"""A front-end's typed client works from the OpenAPI document alone.

TypeScript types are generated from the document a live server publishes
(openapi-typescript), a small program using openapi-fetch is compiled with
``tsc --strict`` — it passes ``locale`` to a detail, filters a list and reads the
problem document of a 400 and a 404 as typed values — and then runs against the server.
A parameter or an answer the document leaves out breaks the compile step.

The npm packages are pinned in ``tests/typed_client/package-lock.json`` and installed
with ``npm ci`` the first time (and again when the lock file changes).
"""

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread

from wagtail.models import Locale

CLIENT_DIR = Path(__file__).resolve().parents[1] / "typed_client"
NODE_MODULES = CLIENT_DIR / "node_modules"
INSTALLED_STAMP = NODE_MODULES / ".installed-lock-sha256"
NODE = shutil.which("node")
NPM = shutil.which("npm")

pytestmark = [
    pytest.mark.skipif(
        not (NODE and NPM),
        reason="node and npm are not installed: the typed-client check needs Node.js 18+",
    ),
    pytest.mark.django_db,
]


def run(*command: str, timeout: int = 120) -> str:
    result = subprocess.run(
        command, cwd=CLIENT_DIR, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, (
        f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    )
    return result.stdout


@pytest.fixture(scope="session")
def node_packages():
    """``npm ci`` once per lock file; later runs reuse the installed packages."""
    digest = hashlib.sha256((CLIENT_DIR / "package-lock.json").read_bytes()).hexdigest()
    if not INSTALLED_STAMP.is_file() or INSTALLED_STAMP.read_text() != digest:
        run(NPM, "ci", "--no-audit", "--no-fund", "--prefer-offline", timeout=600)
        INSTALLED_STAMP.write_text(digest)
    return NODE_MODULES / ".bin"


@pytest.fixture
def api_server():
    """The app served over HTTP inside this test's transaction.

    Unlike pytest-django's ``live_server`` this needs no ``transactional_db``, whose
    flush would wipe the content loaded once for the whole run. With in-memory SQLite
    the server shares the test's connection; on another database it has its own and
    reads the committed content.
    """
    shared = {
        connection.alias: connection
        for connection in connections.all()
        if connection.vendor == "sqlite" and connection.is_in_memory_db()
    }
    for connection in shared.values():
        connection.inc_thread_sharing()
    thread = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=shared)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    try:
        if thread.error:
            raise thread.error
        yield f"http://127.0.0.1:{thread.port}"
    finally:
        thread.terminate()
        for connection in shared.values():
            connection.dec_thread_sharing()


def test_a_typed_client_compiles_from_the_document_and_reads_the_api(
    node_packages, api_server, client, turkey_story
):
    generated = CLIENT_DIR / "generated"
    generated.mkdir(exist_ok=True)
    run(
        NODE,
        str(node_packages / "openapi-typescript"),
        f"{api_server}/api/v1/openapi.json",
        "--output",
        str(generated / "schema.ts"),
    )
    run(NODE, str(node_packages / "tsc"), "--project", "tsconfig.json", "--strict", "--noEmit")
    run(NODE, str(node_packages / "tsc"), "--project", "tsconfig.json", "--strict")
    output = run(NODE, "build/client.js", api_server, str(turkey_story.pk))
    seen = json.loads(output)

    russian = turkey_story.get_translation(Locale.objects.get(language_code="ru"))
    assert seen["detail"]["id"] == russian.pk
    assert seen["detail"]["locale"] == "ru"
    assert seen["detail"]["requested_locale"] == "ru"
    assert seen["detail"]["is_fallback"] is False
    assert seen["detail"]["title"] == russian.title
    assert seen["detail"]["blocks"] > 0
    assert set(seen["detail"]["translations"]) >= {"ky", "en"}

    expected = client.get("/api/v1/stories?locale=ru&country=TR&order=title&limit=5").json()
    assert seen["list"]["count"] == expected["count"] >= 1
    assert seen["list"]["ids"] == [story["id"] for story in expected["items"]]
    assert russian.pk in seen["list"]["ids"]
    assert set(seen["list"]["locales"]) == {"ru"}

    refused = seen["bad_request"]
    assert refused["typed"] is True
    assert refused["status"] == 400
    assert refused["content_type"].startswith("application/problem+json")
    assert [param["name"] for param in refused["invalid_params"]] == ["place"]
    assert "no-such-place" in refused["invalid_params"][0]["reason"]

    missing = seen["not_found"]
    assert missing["status"] == 404
    assert missing["content_type"].startswith("application/problem+json")
    assert missing["type"] == "urn:mekendesh:problem:404"

    themes = client.get("/api/v1/themes", HTTP_ACCEPT_LANGUAGE="ru").json()
    assert seen["themes_by_header"] == [theme["locale"] for theme in themes]
    assert set(seen["themes_by_header"]) == {"ru"}
