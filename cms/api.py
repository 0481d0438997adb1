"""The Content API (/api/v1/): assembled here from each app's router."""

from ninja import NinjaAPI, Router, Schema
from ninja.decorators import decorate_view
from ninja.errors import ValidationError

from django.conf import settings
from django.http import Http404

from wagtail.models import Locale

from .api_cache import api_endpoint
from .api_problems import Problem, from_validation_errors, not_found, problem_response

api = NinjaAPI(
    title="Mekendesh Content API",
    version="1.0.0",
    description=(
        "Published stories, campaign themes and media of the Kyrgyz Republic's "
        "communication strategy with its diasporas, compatriots and migrants abroad."
    ),
    urls_namespace="api-v1",
)

meta_router = Router(tags=["meta"])


class LocaleOut(Schema):
    code: str
    name: str
    is_default: bool


@meta_router.get("/locales", response=list[LocaleOut], summary="Content languages")
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


def _add_routers():
    from campaigns.api import router as campaigns_router
    from media_library.api import router as media_router
    from stories.api import router as stories_router
    from stories.api.taxonomy import router as taxonomy_router

    from .api_preview import router as preview_router
    from .api_search import router as search_router

    api.add_router("/", meta_router)
    api.add_router("/", stories_router)
    api.add_router("/", taxonomy_router)
    api.add_router("/", campaigns_router)
    api.add_router("/", search_router)
    api.add_router("/", media_router)
    api.add_router("/", preview_router)


_add_routers()
