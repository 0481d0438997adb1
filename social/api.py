"""Social packages in the Content API: a post per channel and language, and its ZIP.

The same HTTP rules as every endpoint (``api_endpoint``: allow-list, ETag, cache,
gzip) and the same public rule: a package is made only for an item the public may
see (each kind's ``resolve`` applies it), else the answer is a 404 problem.
"""

from ninja import Path, Query, Router
from ninja.decorators import decorate_view

from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from cms.api.http import answers, api_endpoint
from cms.api.languages import fallback_chain, requested_language
from cms.api.params import MAX_ID, selection
from cms.api.problems import Problem, not_found
from cms.api.rendering import json_response

from . import kinds
from .archive import archive_name, build_archive
from .channels import CHANNEL_CODES, CHANNELS
from .compose import compose
from .output import package_out
from .schemas import SocialOut, SocialQuery, SocialZipQuery

router = Router(tags=["social"])

ZIP_CONTENT_TYPE = "application/zip"


def _kind(name: str) -> kinds.Kind:
    kind = kinds.get(name)
    if kind is None:
        raise Problem(
            404,
            _("Not found"),
            _("Unknown kind “%(kind)s”. Use one of: %(valid)s.")
            % {"kind": name[:40], "valid": ", ".join(kinds.names())},
            param="kind",
        )
    return kind


def _item(kind: kinds.Kind, item_id: int, chain: list[str]):
    item = kind.resolve(item_id, chain) if item_id <= MAX_ID else None
    if item is None:
        raise not_found()
    return item


@router.get(
    "/social/{kind}/{int:item_id}",
    response=answers(SocialOut, can_be_missing=True),
    summary="Posts for the social channels",
)
@decorate_view(api_endpoint(SocialQuery))
def social_package(request, kind: Path[str], item_id: Path[int], query: Query[SocialQuery]):
    """With ``channel``: that channel's post (``type: "package"``). Without it: every
    channel's post (``type: "channels"``). ``kind`` is ``story``, ``theme``,
    ``results`` (a contest edition's published results) or ``tour-stop`` (an exhibition's
    stop); the id of any translation works."""
    language = requested_language(request)
    found = _kind(kind)
    item = _item(found, item_id, fallback_chain(language))
    source = found.source(item, request)
    if query.channel:
        return json_response(package_out(kind, compose(source, CHANNELS[query.channel]), language))
    return json_response(
        {
            "type": "channels",
            "kind": kind,
            "id": source.id,
            "locale": source.locale,
            "requested_locale": language,
            "is_fallback": source.locale != language,
            "title": source.title,
            "url": source.url,
            "zip_url": reverse("api-v1:social_zip", kwargs={"kind": kind, "item_id": source.id}),
            "packages": [
                package_out(kind, compose(source, channel), language)
                for channel in CHANNELS.values()
            ],
        }
    )


ZIP_ANSWER = {
    "responses": {
        200: {
            "description": "A ZIP: a folder per channel (texts per language, the photo) and "
            "README.txt with the credit line.",
            "content": {ZIP_CONTENT_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        }
    }
}


@router.get(
    "/social/{kind}/{int:item_id}/zip",
    response=answers(None, can_be_missing=True),
    summary="The posts as a ZIP, for posting by hand",
    url_name="social_zip",
    openapi_extra=ZIP_ANSWER,
)
@decorate_view(api_endpoint(SocialZipQuery))
def social_zip(request, kind: Path[str], item_id: Path[int], query: Query[SocialZipQuery]):
    """Every language the item is published in; ``locale`` picks the item when the id
    is of a translation that is not public."""
    found = _kind(kind)
    item = _item(found, item_id, fallback_chain(requested_language(request)))
    selected = selection("channels", query.channels, CHANNEL_CODES)
    codes = [code for code in CHANNEL_CODES if selected is None or code in selected]
    if not codes:
        raise Problem(
            400,
            _("Invalid query parameter"),
            _("Name at least one channel."),
            param="channels",
        )
    response = HttpResponse(
        build_archive(found, found.all_languages(item), codes, request),
        content_type=ZIP_CONTENT_TYPE,
    )
    response["Content-Disposition"] = f'attachment; filename="{archive_name(kind, item)}"'
    return response
