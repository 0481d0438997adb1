"""Sending an entry, and the entrant's private status link (read, withdraw).

Entries are never listed by any endpoint: the only way to read one is its status
token, which shows the entrant their own entry's state and nothing of anyone else's.
"""

from ninja import Field, Path, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from accounts.client_address import client_address
from cms.api.http import api_endpoint
from cms.api.params import MAX_ID
from cms.api.problems import Problem, ProblemOut, not_found, problem_response

from .. import limits, schedule
from ..enums import EditionStatus, EntryState
from ..kinds import CONSENT_FIELD, CONSENT_VERSION_FIELD, HONEYPOT_FIELD
from ..models import Entry
from ..notifications import send_receipt
from ..submission import store
from ..tokens import make_status_token, read_status_token
from ..validation import clean_entry, refuse_honeypot
from .pages import _editions
from .schemas import EntryCreatedOut, EntryStatusOut

router = Router(tags=["contest entries"])

ENTRY_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "description": (
                        "The fields named in the edition's `form.fields` (files as repeated "
                        "parts of the same name), the consent and the privacy notice's "
                        "version; the honeypot field must be left empty."
                    ),
                    "properties": {
                        "title": {"type": "string"},
                        "entrant_name": {"type": "string"},
                        "email": {"type": "string", "format": "email"},
                        "country": {"type": "string"},
                        "category": {"type": "string"},
                        CONSENT_FIELD: {"type": "string", "enum": ["true"]},
                        CONSENT_VERSION_FIELD: {"type": "string"},
                        HONEYPOT_FIELD: {"type": "string", "maxLength": 0},
                    },
                    "required": ["title", "entrant_name", "email", "country", CONSENT_FIELD],
                    "additionalProperties": True,
                }
            }
        },
    }
}


class StatusQuery(Schema):
    token: str = Field(..., min_length=10, max_length=500, description="The entry's status token.")


def _status_url(request, entry) -> tuple[str, str]:
    token = make_status_token(entry)
    url = request.build_absolute_uri(reverse("api-v1:contest_entry_status")) + f"?token={token}"
    return url, token


def _not_open(edition, status: str) -> Problem:
    dates = {
        "opens": schedule.opens_at(edition).isoformat(),
        "closes": schedule.closes_at(edition).isoformat(),
        "zone": edition.time_zone,
    }
    detail = (
        _("Entries to this edition open at %(opens)s and close at %(closes)s (%(zone)s).")
        if status == EditionStatus.UPCOMING
        else _(
            "Entries to this edition closed at %(closes)s (%(zone)s); they opened at %(opens)s."
        )
    ) % dates
    return Problem(
        409,
        _("Not open for entries"),
        detail,
        extra={
            "edition_status": status,
            "opens_at": dates["opens"],
            "closes_at": dates["closes"],
            "time_zone": edition.time_zone,
        },
    )


@router.post(
    "/contests/{int:edition_id}/entries",
    response={
        201: EntryCreatedOut,
        400: ProblemOut,
        404: ProblemOut,
        409: ProblemOut,
        413: ProblemOut,
        429: ProblemOut,
    },
    summary="Send an entry (multipart/form-data)",
    url_name="contest_entry_create",
    openapi_extra=ENTRY_BODY,
)
@decorate_view(api_endpoint(public=False))
def create_entry(request, edition_id: Path[int]):
    """201 with the entry's reference and private status link, which is also e-mailed.

    Refusals change nothing: no entry row and no stored file. 409 when the edition is
    not open (the problem states the dates), 429 with ``Retry-After`` when too many
    entries came from the address or e-mail address.
    """
    if edition_id > MAX_ID:
        raise not_found()
    edition = _editions().filter(pk=edition_id).select_related("locale").first()
    if edition is None:
        raise not_found()
    refuse_honeypot(request.POST)
    status = schedule.status_at(edition)
    if status != EditionStatus.OPEN:
        raise _not_open(edition, status)
    address = client_address(request)
    email = request.POST.get("email", "").strip()
    try:
        limits.check(address, email)
    except limits.RateLimited as refusal:
        return problem_response(request, refusal)
    clean = clean_entry(edition, edition.get_parent().specific.kind, request.POST, request.FILES)
    entry = store(edition, edition.locale.language_code, clean)
    limits.count(address, email)
    url, token = _status_url(request, entry)
    title = edition.title
    transaction.on_commit(lambda: send_receipt(entry, title, url))
    return Status(
        201,
        {
            "reference": entry.reference,
            "status": entry.state,
            "status_url": url,
            "status_token": token,
            "is_duplicate": entry.is_duplicate,
        },
    )


def _entry_for(token: str) -> Entry:
    found = read_status_token(token)
    if found is None:
        raise Problem(401, _("Invalid token"), _("This status link is not valid."), param="token")
    reference, key = found
    entry = (
        Entry.objects.filter(reference=reference, status_key=key, anonymised_at__isnull=True)
        .select_related("edition")
        .first()
    )
    if entry is None:
        raise not_found(_("This entry no longer exists."))
    return entry


def _can_withdraw(entry) -> bool:
    return (
        entry.state == EntryState.SUBMITTED
        and schedule.status_at(entry.edition) == EditionStatus.OPEN
    )


def status_out(entry) -> dict:
    reason = None
    if entry.state == EntryState.INELIGIBLE and entry.screening_reason:
        rule = entry.edition.eligibility_rules.filter(key=entry.screening_reason).first()
        reason = rule.text if rule else entry.screening_reason
    return {
        "reference": entry.reference,
        "edition_id": entry.edition_id,
        "edition_title": entry.edition.title,
        "title": entry.title,
        "state": entry.state,
        "state_label": str(EntryState(entry.state).label),
        "reason": reason,
        "sent_at": entry.created_at,
        "can_withdraw": _can_withdraw(entry),
        "withdraw_until": schedule.closes_at(entry.edition),
    }


STATUS_ANSWERS = {
    200: EntryStatusOut,
    304: None,
    400: ProblemOut,
    401: ProblemOut,
    404: ProblemOut,
}


@router.get(
    "/contest-entries/status",
    response=STATUS_ANSWERS,
    summary="An entry's state, for the holder of its status token",
    url_name="contest_entry_status",
)
@decorate_view(api_endpoint(StatusQuery, public=False))
def entry_status(request, params: Query[StatusQuery]):
    return status_out(_entry_for(params.token))


@router.post(
    "/contest-entries/withdraw",
    response={**STATUS_ANSWERS, 409: ProblemOut},
    summary="Withdraw an entry before the deadline",
)
@decorate_view(api_endpoint(StatusQuery, public=False))
def withdraw_entry(request, params: Query[StatusQuery]):
    with transaction.atomic():
        entry = _entry_for(params.token)
        entry = Entry.objects.select_for_update().select_related("edition").get(pk=entry.pk)
        if not _can_withdraw(entry):
            raise Problem(
                409,
                _("Cannot be withdrawn"),
                _(
                    "An entry can be withdrawn only before the deadline, %(closes)s, "
                    "and before it is screened."
                )
                % {"closes": schedule.closes_at(entry.edition).isoformat()},
            )
        entry.state = EntryState.WITHDRAWN
        entry.withdrawn_at = timezone.now()
        entry.save(update_fields=["state", "withdrawn_at"])
        log(entry, "contests.withdraw", user=None, data={"reference": entry.reference})
    return status_out(entry)
