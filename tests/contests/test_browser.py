"""In Chromium: an entry sent through a plain HTML form, then screened by a coordinator.

The form is a static page served by this test on its own port (a portal's form in
miniature: a normal multipart POST to the API, no script); the screenshots go to
``CONTEST_SHOTS_DIR`` (a temporary folder unless set). playwright-core is pinned in
``tests/contests/browser/package-lock.json`` and drives the system's Chromium.
"""

import functools
import html
import http.server
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from django.contrib.auth.models import Group
from django.db import connection

from wagtail.models import ModelLogEntry

from contests.coordinators import GROUP_NAME, setup_group
from contests.enums import EntryState
from contests.models import Entry
from tests.api.test_typed_client import api_server  # noqa: F401  (fixture)
from tests.media_library.sample_images import photo_bytes

BROWSER_DIR = Path(__file__).resolve().parent / "browser"
NODE = shutil.which("node")
NPM = shutil.which("npm")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

pytestmark = [
    pytest.mark.skipif(
        not (NODE and NPM and Path(CHROMIUM).exists()) and not os.environ.get("REQUIRE_BROWSER"),
        reason="the browser check needs Node.js, npm and Chromium",
    ),
    pytest.mark.skipif(
        connection.vendor != "sqlite",
        reason="the live server shares the test's transaction only with in-memory SQLite",
    ),
    pytest.mark.django_db,
]

FORM = """<!doctype html><html lang="en"><meta charset="utf-8"><title>Entry form</title>
<h1>Send an entry: {title}</h1>
<form method="post" action="{action}" enctype="multipart/form-data">
<p><label>Title <input name="title"></label></p>
{hidden}
<p><label>Photos <input type="file" name="photos" multiple></label></p>
<p><label><input type="checkbox" name="consent" value="true"> I agree to the processing
of my personal data (privacy notice {version})</label></p>
<p style="display:none"><input name="website" tabindex="-1" autocomplete="off"></p>
<button type="submit">Send</button></form></html>"""


@pytest.fixture
def form_server(tmp_path, award_edition, taxonomy, api_server):  # noqa: F811
    from .conftest import award_data

    values = award_data(taxonomy)
    for name in ("title", "consent", "website"):
        values.pop(name)
    hidden = "\n".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
        for k, v in values.items()
    )
    page = FORM.format(
        title=html.escape(award_edition.title),
        action=f"{api_server}/api/v1/contests/{award_edition.pk}/entries",
        hidden=hidden,
        version=award_edition.privacy_notice_version,
    )
    (tmp_path / "form.html").write_text(page, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/form.html"
    server.shutdown()


def test_an_entry_sent_from_a_form_is_screened_in_the_admin(
    tmp_path,
    django_user_model,
    form_server,
    api_server,  # noqa: F811
):
    subprocess.run(
        [NPM, "ci", "--no-audit", "--no-fund", "--prefer-offline"],
        cwd=BROWSER_DIR,
        check=True,
        capture_output=True,
        timeout=300,
    )
    setup_group()
    user = django_user_model.objects.create_user("coordinator", password="pw-browser-1")
    user.groups.add(Group.objects.get(name=GROUP_NAME))
    photo = tmp_path / "Aibek at home.jpg"
    photo.write_bytes(photo_bytes("JPEG"))
    shots = Path(os.environ.get("CONTEST_SHOTS_DIR", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [
            NODE,
            "screen.js",
            form_server,
            api_server,
            "coordinator",
            "pw-browser-1",
            str(photo),
            str(shots),
        ],
        cwd=BROWSER_DIR,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    entry = Entry.objects.get(reference=seen["created"]["reference"])
    assert entry.title == "Browser entry: a school in Batken"
    assert entry.files.count() == 1
    assert entry.state == EntryState.INELIGIBLE
    assert entry.screening_reason == "compatriot"
    assert ModelLogEntry.objects.filter(
        action="contests.screen", object_id=str(entry.pk), user=user
    ).exists()
    assert seen["status"]["state"] == "ineligible"
    assert sorted(p.name for p in shots.iterdir())[:6] == [
        "01-entry-form.png",
        "02-entry-created.png",
        "03-entries.png",
        "04-screening.png",
        "05-screened.png",
        "06-status-link.png",
    ]
