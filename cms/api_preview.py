"""The preview endpoint: a page's latest revision, for the holder of a preview token."""

from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from django.utils.translation import gettext as _

from wagtail.models import Page

from .api_cache import api_endpoint
from .api_problems import Problem
from .preview import read_token

router = Router(tags=["preview"])


class PreviewQuery(Schema):
    token: str = Field(..., min_length=10, max_length=2000)


@router.get("/preview", summary="A draft, for the holder of a preview token")
@decorate_view(api_endpoint(query=frozenset({"token"}), public=False))
def preview(request, params: Query[PreviewQuery]):
    """The latest revision of a story or theme, in its own language; never cached."""
    page_id = read_token(params.token)
    if page_id is None:
        raise Problem(
            401,
            _("Invalid preview token"),
            _("The preview link is wrong or has expired. Ask for a new one in the admin."),
            param="token",
        )
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        raise Problem(404, _("Not found"), _("The page of this preview no longer exists."))
    draft = page.specific.get_latest_revision_as_object()
    return {"type": f"{draft._meta.app_label}.{draft.__class__.__name__}", **_serialise(draft)}


def _serialise(draft) -> dict:
    from campaigns.api import ThemeDetail, theme_out
    from campaigns.models import CampaignThemePage
    from stories.api.serializers import StorySerializer
    from stories.models import SuccessStoryPage

    language = draft.locale.language_code
    if isinstance(draft, SuccessStoryPage):
        return StorySerializer([draft], language, [language]).detail(draft)
    if isinstance(draft, CampaignThemePage):
        from cms.blocks.api import stream_to_json

        data = theme_out(draft, language, None, {})
        data.update(body=stream_to_json(draft.body, language), topics=[], stories=[])
        return ThemeDetail(**data).dict()
    return {"id": draft.pk, "title": draft.title, "locale": language}
