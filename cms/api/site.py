"""The Content API (``/api/v1/``): the NinjaAPI, its error handlers and its own routers.

The apps add their routers from their own ``ready()`` (``api.add_router``); this module
never imports them.
"""

from ninja import NinjaAPI, Router, Schema
from ninja.decorators import decorate_view
from ninja.errors import ValidationError

from django.conf import settings
from django.http import Http404

from wagtail.models import Locale

from .http import answers, api_endpoint
from .preview import router as preview_router
from .problems import (
    PROBLEM_CONTENT_TYPE,
    Problem,
    from_validation_errors,
    not_found,
    problem_response,
)
from .rendering import CompactJSONRenderer
from .search import router as search_router
from .sync.endpoint import router as sync_router

ACCEPT_LANGUAGE = {
    "name": "Accept-Language",
    "in": "header",
    "required": False,
    "schema": {"type": "string"},
    "description": "Used when `locale` is not given: the first content language it names.",
}


class ContentAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        """Error answers are documented with the media type they are sent with, and the
        operations that take ``locale`` also declare the header read in its absence."""
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                for status, answer in operation.get("responses", {}).items():
                    content = answer.get("content")
                    if int(status) >= 400 and content and "application/json" in content:
                        content[PROBLEM_CONTENT_TYPE] = content.pop("application/json")
                parameters = operation.get("parameters", [])
                if any(p["in"] == "query" and p["name"] == "locale" for p in parameters):
                    parameters.append(dict(ACCEPT_LANGUAGE))
        return schema


api = ContentAPI(
    title="Mekendesh Content API",
    version="1.0.0",
    description=(
        "Published stories, campaign themes and media of the Kyrgyz Republic's "
        "communication strategy with its diasporas, compatriots and migrants abroad."
    ),
    urls_namespace="api-v1",
    renderer=CompactJSONRenderer(),
)

meta_router = Router(tags=["meta"])


class LocaleOut(Schema):
    code: str
    name: str
    is_default: bool


@meta_router.get("/locales", response=answers(list[LocaleOut]), summary="Content languages")
@decorate_view(api_endpoint())
def list_locales(request):
    """The languages content is written in; the default is the source language."""
    names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    default = Locale.get_default().language_code
    return [
        LocaleOut(code=code, name=names.get(code, code), is_default=code == default)
        for code in Locale.objects.order_by("pk").values_list("language_code", flat=True)
    ]


@api.exception_handler(Problem)
def on_problem(request, problem):
    return problem_response(request, problem)


@api.exception_handler(ValidationError)
def on_validation_error(request, error):
    return problem_response(request, from_validation_errors(error.errors))


@api.exception_handler(Http404)
def on_not_found(request, error):
    return problem_response(request, not_found())


api.add_router("/", meta_router)
api.add_router("/", search_router)
api.add_router("/", preview_router)
api.add_router("/", sync_router)
