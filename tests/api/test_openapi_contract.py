"""The OpenAPI document declares exactly what each operation accepts and every answer it
sends, so a client generated from it can pass every parameter and type every error."""

import json

import pytest

from cms.api.params import LANGUAGE_CODES
from cms.api.preview_tokens import make_token
from cms.api.problems import PROBLEM_CONTENT_TYPE
from cms.api.site import api
from cms.management.commands.export_openapi import openapi_document

DOCUMENT = json.loads(openapi_document())
PROBLEM_REF = "#/components/schemas/ProblemOut"
# Beyond a missing item: the preview also refuses a bad token (401) and may find its page
# or revision gone (404) although its path names no item.
EXTRA_ANSWERS = {
    "/api/v1/preview": {"401", "404"},
    # The entrant's status link: a bad token (401), an entry gone (404); withdrawing
    # after the deadline (409).
    "/api/v1/contest-entries/status": {"401", "404"},
    "/api/v1/contest-entries/withdraw": {"401", "404", "409"},
    # Sync: a token too old to continue from, or ahead of the ledger (410, start over).
    "/api/v1/sync": {"410"},
}
# Operations that answer with a file rather than JSON.
FILE_ANSWERS = {"/api/v1/social/{kind}/{item_id}/zip": "application/zip"}
# Operations that create something answer 201 (never 304) and refuse with their own codes.
# Operations that write: their success answer and every answer they may send.
WRITING_ANSWERS = {
    ("/api/v1/contests/{edition_id}/entries", "post"): (
        "201",
        {"201", "400", "404", "409", "413", "429"},
    ),
    ("/api/v1/story-tips", "post"): ("201", {"201", "400", "413", "429"}),
    # A batch of counts is stored or merged, never created anew: 200, as on a resend.
    ("/api/v1/metrics", "post"): ("200", {"200", "400", "401", "403", "413", "429"}),
}


def served_operations() -> dict[str, object]:
    """operationId → operation, for every operation as ninja binds it to a URL."""
    served = {}
    for router in api._get_bound_routers():
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                operation_id = operation.operation_id or api.get_openapi_operation_id(operation)
                served[operation_id] = operation
    return served


SERVED = served_operations()
DOCUMENTED = [
    pytest.param(path, method, operation, id=f"{method.upper()} {path}")
    for path, methods in DOCUMENT["paths"].items()
    for method, operation in methods.items()
]


def test_every_served_operation_is_documented_once():
    documented = [param.values[2]["operationId"] for param in DOCUMENTED]
    assert sorted(documented) == sorted(SERVED)
    assert len(set(documented)) == len(documented)


@pytest.mark.parametrize(("path", "method", "operation"), DOCUMENTED)
def test_declared_query_parameters_are_the_ones_the_http_layer_accepts(path, method, operation):
    served = SERVED[operation["operationId"]]
    accepted = getattr(served.run, "accepted_query", None)
    assert accepted is not None, f"{path} is not wrapped by cms.api.http.api_endpoint"
    parameters = operation.get("parameters", [])
    keys = [(parameter["in"], parameter["name"]) for parameter in parameters]
    assert len(set(keys)) == len(keys), f"{path} declares a parameter twice: {keys}"
    declared_query = {name for where, name in keys if where == "query"}
    assert declared_query == set(accepted)
    declared_path = {name for where, name in keys if where == "path"}
    assert declared_path == {part[1:-1] for part in path.split("/") if part.startswith("{")}


@pytest.mark.parametrize(("path", "method", "operation"), DOCUMENTED)
def test_locale_is_declared_with_the_content_languages_and_its_header(path, method, operation):
    served = SERVED[operation["operationId"]]
    parameters = operation.get("parameters", [])
    query = {p["name"]: p for p in parameters if p["in"] == "query"}
    headers = [p["name"] for p in parameters if p["in"] == "header"]
    if "locale" not in served.run.accepted_query:
        assert "locale" not in query
        assert headers == []
        return
    schema = query["locale"]["schema"]
    choices = [option for option in schema.get("anyOf", [schema]) if "enum" in option]
    assert [option["enum"] for option in choices] == [list(LANGUAGE_CODES)]
    assert not query["locale"].get("required", False)
    assert headers == ["Accept-Language"]


@pytest.mark.parametrize(("path", "method", "operation"), DOCUMENTED)
def test_every_answer_is_declared_and_errors_are_problem_documents(path, method, operation):
    responses = operation["responses"]
    success, expected = WRITING_ANSWERS.get((path, method), ("200", None))
    if expected is None:
        expected = {"200", "304", "400"}
        if "{" in path:
            expected.add("404")
        expected |= EXTRA_ANSWERS.get(path, set())
        assert "content" not in responses["304"]
    assert set(responses) == expected
    assert set(responses[success]["content"]) == {FILE_ANSWERS.get(path, "application/json")}
    for status in expected - {success, "304"}:
        content = responses[status]["content"]
        assert set(content) == {PROBLEM_CONTENT_TYPE}, (path, status)
        assert content[PROBLEM_CONTENT_TYPE]["schema"] == {"$ref": PROBLEM_REF}, (path, status)


def test_the_problem_schema_names_what_every_problem_document_carries():
    problem = DOCUMENT["components"]["schemas"]["ProblemOut"]
    assert set(problem["required"]) == {"type", "title", "status", "detail", "instance"}
    invalid = problem["properties"]["invalid_params"]
    assert {"$ref": "#/components/schemas/InvalidParamOut"} in [
        option.get("items") for option in invalid["anyOf"]
    ]


@pytest.mark.django_db
def test_the_preview_answers_304_to_a_client_that_has_its_version(client, turkey_story):
    """The 304 the document declares for the preview is really sent."""
    url = f"/api/v1/preview?token={make_token(turkey_story)}"
    first = client.get(url)
    assert first.status_code == 200
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
