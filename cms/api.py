"""The Content API (/api/v1/): assembled here from each app's router."""

from ninja import NinjaAPI, Router, Schema

from django.conf import settings

from wagtail.models import Locale

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
def list_locales(request):
    """The languages content is written in; the default is the source language."""
    names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    default = Locale.get_default().language_code
    return [
        LocaleOut(code=code, name=names.get(code, code), is_default=code == default)
        for code in Locale.objects.order_by("pk").values_list("language_code", flat=True)
    ]


api.add_router("/", meta_router)
