"""The preview endpoint: the revision a preview token was made for.

An app says how a draft of its page type is shown from its ``ready()``:
``preview.register(SuccessStoryPage, serialise)`` where ``serialise(draft, request)``
returns the same shape as the type's detail endpoint. Drafts are shown under the public
rules for what they point at (photos that may not be shown stay out), never cached.
"""

from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from django.utils.translation import gettext as _

from wagtail.models import Page, Revision

from .http import answers, api_endpoint
from .preview_tokens import read_token
from .problems import Problem, ProblemOut

router = Router(tags=["preview"])

_serialisers: dict[type, object] = {}


def register(model, serialise) -> None:
    _serialisers[model] = serialise


class PreviewQuery(Schema):
    token: str = Field(..., min_length=10, max_length=2000)


# Not cached, but conditional: a client holding the revision's ETag gets a 304.
PREVIEW_ANSWERS = {**answers(dict, can_be_missing=True), 401: ProblemOut}


@router.get("/preview", response=PREVIEW_ANSWERS, summary="A draft, for the holder of a token")
@decorate_view(api_endpoint(PreviewQuery, public=False))
def preview(request, params: Query[PreviewQuery]):
    """The revision of a story or theme the token was made for, in its own language."""
    target = read_token(params.token)
    if target is None:
        raise Problem(
            401,
            _("Invalid preview token"),
            _("The preview link is wrong or has expired. Ask for a new one in the admin."),
            param="token",
        )
    page = Page.objects.filter(pk=target.page_id).first()
    if page is None:
        raise Problem(404, _("Not found"), _("The page of this preview no longer exists."))
    page = page.specific
    revision = (
        Revision.page_revisions.filter(object_id=str(page.pk), pk=target.revision_id).first()
        if target.revision_id is not None
        else None
    )
    if target.revision_id is not None and revision is None:
        raise Problem(404, _("Not found"), _("The draft of this preview no longer exists."))
    draft = revision.as_object() if revision is not None else page
    data = {"id": draft.pk, "title": draft.title, "locale": draft.locale.language_code}
    serialise = _serialisers.get(type(draft))
    if serialise is not None:
        data = serialise(draft, request)
    return {"type": f"{draft._meta.app_label}.{draft.__class__.__name__}", **data}
