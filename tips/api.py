"""``POST /api/v1/story-tips``: "Tell us your story" from the portal and the app.

Tips are never listed or read back by any endpoint: they go to the content managers'
inbox in the admin. A refused request changes nothing: no row and no stored file.
"""

from ninja import Field, Router, Schema, Status
from ninja.decorators import decorate_view

from django.db import transaction

from accounts.client_address import client_address
from cms.api.http import api_endpoint
from cms.api.languages import requested_language
from cms.api.problems import ProblemOut, problem_response

from . import limits
from .notifications import notify_content_managers
from .submission import store
from .validation import (
    CONSENT_FIELD,
    CONSENT_VERSION_FIELD,
    HONEYPOT_FIELD,
    PHOTOS_FIELD,
    clean_tip,
    refuse_honeypot,
)

router = Router(tags=["story tips"])


class TipCreatedOut(Schema):
    reference: str = Field(description="Quote it when writing to the editors about the tip.")
    state: str = Field(examples=["new"])
    language: str = Field(description="The language the editors will answer in.")
    photos: int = Field(description="How many photos were kept.")


TIP_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "description": (
                        "A name and at least one contact (e-mail or phone/messenger), unless "
                        "`anonymous` is true; the place at home as a Place key or free text; "
                        "photos as repeated `photos` parts; the consent to the current privacy "
                        "notice. The honeypot field must be left empty."
                    ),
                    "properties": {
                        "anonymous": {"type": "string", "enum": ["true", "false"]},
                        "name": {"type": "string", "maxLength": 200},
                        "email": {"type": "string", "format": "email"},
                        "phone": {
                            "type": "string",
                            "maxLength": 100,
                            "description": "A phone number or a messenger handle.",
                        },
                        "country": {
                            "type": "string",
                            "description": "Country of residence, ISO code (e.g. RU, TR).",
                        },
                        "place": {"type": "string", "description": "A Place key."},
                        "place_text": {"type": "string", "maxLength": 200},
                        "what_happened": {"type": "string", "minLength": 20},
                        PHOTOS_FIELD: {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                        },
                        "locale": {"type": "string", "enum": ["ky", "ru", "en"]},
                        "may_be_named": {"type": "string", "enum": ["true", "false"]},
                        CONSENT_FIELD: {"type": "string", "enum": ["true"]},
                        CONSENT_VERSION_FIELD: {"type": "string"},
                        HONEYPOT_FIELD: {"type": "string", "maxLength": 0},
                    },
                    "required": ["country", "what_happened", CONSENT_FIELD, CONSENT_VERSION_FIELD],
                }
            }
        },
    }
}


@router.post(
    "/story-tips",
    response={201: TipCreatedOut, 400: ProblemOut, 413: ProblemOut, 429: ProblemOut},
    summary='Send a story tip, "Tell us your story" (multipart/form-data)',
    url_name="story_tip_create",
    openapi_extra=TIP_BODY,
)
@decorate_view(api_endpoint(public=False))
def create_tip(request):
    """201 with the tip's reference; the content managers are told of it.

    Refusals change nothing: no tip row and no stored file. 400 names every bad field;
    429 with ``Retry-After`` when too many tips came from the address or the contact.
    """
    refuse_honeypot(request.POST)
    address = client_address(request)
    contact = (request.POST.get("email") or request.POST.get("phone") or "").strip()[:254]
    try:
        limits.check(address, contact)
    except limits.RateLimited as refusal:
        return problem_response(request, refusal)
    clean = clean_tip(request.POST, request.FILES, requested_language(request))
    tip = store(clean)
    limits.count(address, contact)
    transaction.on_commit(lambda: notify_content_managers(tip.pk))
    return Status(
        201,
        {
            "reference": tip.reference,
            "state": tip.state,
            "language": tip.language,
            "photos": len(clean.photos),
        },
    )
