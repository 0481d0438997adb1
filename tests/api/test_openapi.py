"""The published contract: a change to the OpenAPI document must be deliberate.

After an intended change, run `make openapi` and commit the new snapshot.
"""

import json
from pathlib import Path

from cms.management.commands.export_openapi import openapi_document

SNAPSHOT = Path(__file__).with_name("openapi.json")


def test_openapi_document_matches_the_snapshot():
    current = openapi_document()
    assert json.loads(current)["openapi"].startswith("3.1")
    assert current == SNAPSHOT.read_text(encoding="utf-8"), (
        "The API schema changed. If intended, run `make openapi` and commit the snapshot."
    )


def test_every_list_endpoint_documents_its_envelope_and_problems():
    schema = json.loads(openapi_document())
    paths = schema["paths"]
    for path in (
        "/api/v1/stories",
        "/api/v1/stories/{story_id}",
        "/api/v1/themes",
        "/api/v1/search",
    ):
        assert path in paths, sorted(paths)
    story_list = schema["components"]["schemas"]["StoryList"]
    assert set(story_list["required"]) == {"count", "items"}
