"""RFC 7807 problem documents: every API error names what went wrong and where."""

import json

from ninja import Field, Schema

from django.http import HttpResponse
from django.utils.translation import gettext as _

PROBLEM_CONTENT_TYPE = "application/problem+json"


class InvalidParamOut(Schema):
    name: str
    reason: str


class ProblemOut(Schema):
    """An RFC 7807 problem document (``application/problem+json``)."""

    type: str = Field(examples=["urn:mekendesh:problem:400"])
    title: str
    status: int
    detail: str
    instance: str = Field(description="The path and query that failed.")
    invalid_params: list[InvalidParamOut] | None = Field(
        None, description="The parameters at fault, each with its reason."
    )
    valid_locales: list[str] | None = Field(
        None, description="With an unknown locale: the valid ones."
    )


class Problem(Exception):
    """An error the client can fix; raised anywhere below a view, rendered once."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str,
        *,
        param: str | None = None,
        invalid_params: list[dict] | None = None,
        extra: dict | None = None,
        headers: dict | None = None,
    ):
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.invalid_params = invalid_params or (
            [{"name": param, "reason": detail}] if param else []
        )
        self.extra = extra or {}
        # Sent with the answer, e.g. ``Retry-After`` or ``WWW-Authenticate``.
        self.headers = headers or {}


def invalid_parameter(name: str, reason: str, **extra) -> Problem:
    return Problem(400, _("Invalid query parameter"), reason, param=name, extra=extra)


def not_found(detail: str | None = None) -> Problem:
    return Problem(404, _("Not found"), detail or _("No published item has this address."))


def problem_response(request, problem: Problem) -> HttpResponse:
    body = {
        "type": f"urn:mekendesh:problem:{problem.status}",
        "title": problem.title,
        "status": problem.status,
        "detail": problem.detail,
        "instance": request.get_full_path(),
        **({"invalid_params": problem.invalid_params} if problem.invalid_params else {}),
        **problem.extra,
    }
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False),
        status=problem.status,
        content_type=PROBLEM_CONTENT_TYPE,
    )
    response["Cache-Control"] = "no-store"
    for name, value in problem.headers.items():
        response[name] = value
    return response


def _location(error: dict) -> tuple[str, bool]:
    """The dotted name of what failed, and whether it is in the request body.

    ninja places body errors under ``("body", <parameter>, …)``: the parameter's name
    is the view's, not the client's, so a body field is named from the body's top.
    """
    location = [str(part) for part in error.get("loc", [])]
    if location[:1] == ["body"]:
        return ".".join(location[2:]) or "body", True
    return ".".join(part for part in location if part not in ("query", "path")), False


def from_validation_errors(errors: list[dict]) -> Problem:
    """ninja/pydantic validation errors → one problem listing every bad parameter."""
    invalid, in_body = [], False
    for error in errors:
        name, body = _location(error)
        in_body = in_body or body
        invalid.append({"name": name or "request", "reason": error.get("msg", "")})
    names = ", ".join(item["name"] for item in invalid)
    if in_body:
        return Problem(
            400,
            _("Invalid request body"),
            _("Check these fields of the body: %(names)s.") % {"names": names},
            invalid_params=invalid,
        )
    return Problem(
        400,
        _("Invalid query parameter"),
        _("Check these parameters: %(names)s.") % {"names": names},
        invalid_params=invalid,
    )
