"""In Chromium: a tip sent through a plain HTML form, then handled in the inbox.

The form is a static page served by this test on its own port (a portal's form in
miniature: a normal multipart POST to the API, no script). Screenshots go to
``TIPS_SHOTS_DIR`` (a temporary folder unless set). The browser script lives with the
contests' pinned playwright-core (``tests/contests/browser``).
"""

import functools
import http.server
import json
import os
import subprocess
import threading
from pathlib import Path

import pytest

from stories.models import SuccessStoryPage
from tests.api.test_typed_client import api_server  # noqa: F401  (fixture)
from tests.contests.test_browser import BROWSER_DIR, NODE, NPM, pytestmark  # noqa: F401
from tests.media_library.sample_images import photo_bytes
from tips.enums import TipState
from tips.models import StoryTip

from .conftest import user_in

FORM = """<!doctype html><html lang="en"><meta charset="utf-8"><title>Tell us your story</title>
<h1>Tell us your story</h1>
<form method="post" action="{action}" enctype="multipart/form-data">
<input type="hidden" name="name" value="Aigul"><input type="hidden" name="phone" value="@aigul_tg">
<input type="hidden" name="country" value="TR">
<input type="hidden" name="place" value="tip-village">
<input type="hidden" name="privacy_notice_version" value="2026-1">
<input type="hidden" name="locale" value="en">
<p><label>What happened <textarea name="what_happened"></textarea></label></p>
<p><label>Photos <input type="file" name="photos" multiple></label></p>
<p><label><input type="checkbox" name="consent" value="true"> I agree to the privacy
notice</label></p>
<p style="display:none"><input name="website" tabindex="-1" autocomplete="off"></p>
<button type="submit">Send</button></form></html>"""


@pytest.fixture
def form_server(tmp_path, taxonomy, api_server):  # noqa: F811
    page = FORM.format(action=f"{api_server}/api/v1/story-tips")
    (tmp_path / "form.html").write_text(page, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/form.html"
    server.shutdown()


def test_a_tip_sent_from_a_form_becomes_a_story_draft_in_the_inbox(
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
    user = user_in(django_user_model, "Content managers")
    user.set_password("pw-browser-1")
    user.save()
    photo = tmp_path / "Aigul at home.jpg"
    photo.write_bytes(photo_bytes("JPEG"))
    shots = Path(os.environ.get("TIPS_SHOTS_DIR", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [NODE, "tips.js", form_server, api_server, user.username, "pw-browser-1", str(photo)]
        + [str(shots)],
        cwd=BROWSER_DIR,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    tip = StoryTip.objects.get(reference=seen["created"]["reference"])
    assert tip.photos.count() == 1
    assert seen["photoShown"] is True
    assert tip.state == TipState.STORY
    page = SuccessStoryPage.objects.get(pk=tip.story_id)
    assert seen["draftUrl"].endswith(f"/admin/pages/{page.pk}/edit/")
    assert sorted(p.name for p in shots.iterdir()) == [
        "01-tip-form.png",
        "02-inbox.png",
        "03-tip.png",
        "04-change-state.png",
        "05-tip-contacted.png",
        "06-story-draft.png",
    ]
