"""Contest programmes and editions in the Content API: dates, status, rules and the form."""

from ninja import Path, Query, Router
from ninja.decorators import decorate_view

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from cms.api.frontend import frontend_url
from cms.api.http import answers, api_endpoint
from cms.api.languages import best_objects, fallback_chain, requested_language
from cms.api.params import MAX_ID, LocaleQuery
from cms.api.problems import not_found
from cms.api.visibility import visible_pages
from cms.blocks.api import plain_text_excerpt, render_rich_text
from media_library.public import absolute_media_url, public_documents
from social.seo import seo_block

from .. import schedule
from ..kinds import CONSENT_FIELD, CONSENT_VERSION_FIELD, HONEYPOT_FIELD
from ..models import ContestEditionPage, ContestProgrammePage
from ..validation import form_fields
from .results import editions_with_results, results_out, results_photo
from .schemas import EditionOut, ProgrammeOut

router = Router(tags=["contests"])


def _programmes():
    return visible_pages(ContestProgrammePage.objects.all())


def _editions():
    return visible_pages(ContestEditionPage.objects.all())


def edition_summary(edition, request, with_results: set[str]) -> dict:
    return {
        "id": edition.pk,
        "locale": edition.locale.language_code,
        "title": edition.title,
        "slug": edition.slug,
        "status": schedule.status_at(edition),
        "time_zone": edition.time_zone,
        "opens_on": edition.opens_on,
        "closes_on": edition.closes_on,
        "opens_at": schedule.opens_at(edition),
        "closes_at": schedule.closes_at(edition),
        "results_on": edition.results_on,
        "has_results": str(edition.translation_key) in with_results,
        "url": frontend_url(edition, request),
    }


def _document(document) -> dict | None:
    if document is None or not public_documents().filter(pk=document.pk).exists():
        return None
    return {"title": document.title, "url": absolute_media_url(document.url)}


def form_out(edition, kind: str, language: str) -> dict:
    with translation.override(language):
        fields = [
            {
                "name": f.name,
                "type": str(f.type),
                "label": str(f.label),
                "required": f.required,
                "help_text": str(f.help_text),
                "choices": [{"value": v, "label": str(label)} for v, label in f.choices],
                "max_length": f.max_length,
                "max_files": f.max_files,
                "required_when": (
                    {"field": f.required_when[0], "value": str(f.required_when[1])}
                    if f.required_when
                    else None
                ),
            }
            for f in form_fields(edition, kind)
        ]
    return {
        "url": reverse("api-v1:contest_entry_create", args=[edition.pk]),
        "fields": fields,
        "consent_field": CONSENT_FIELD,
        "consent_version_field": CONSENT_VERSION_FIELD,
        "privacy_notice_version": edition.privacy_notice_version,
        "honeypot_field": HONEYPOT_FIELD,
        "max_files": settings.CONTEST_ENTRY_MAX_FILES,
        "max_body_size": settings.CONTEST_ENTRY_MAX_BODY_SIZE,
    }


def edition_seo(edition, programme, results, request) -> dict:
    """The link card: the introduction (else the contest's summary) and, once the results
    are out, the photo of the first winner's public story."""
    translations = (
        visible_pages(ContestEditionPage.objects.filter(translation_key=edition.translation_key))
        .select_related("locale")
        .order_by("locale_id")
    )
    return seo_block(
        edition,
        description=plain_text_excerpt(edition.introduction) or programme.summary,
        image=results_photo(results),
        canonical_url=frontend_url(edition, request),
        translations=[
            {"locale": page.locale.language_code, "url": frontend_url(page, request)}
            for page in translations
        ],
    )


def edition_out(edition, language: str, request) -> dict:
    programme = edition.get_parent().specific
    code = edition.locale.language_code
    results = results_out(edition, fallback_chain(language), request)
    return {
        **edition_summary(edition, request, {str(edition.translation_key)} if results else set()),
        "requested_locale": language,
        "is_fallback": code != language,
        "programme_id": programme.pk,
        "kind": programme.kind,
        "judging_from": edition.judging_from,
        "judging_to": edition.judging_to,
        "results_at": schedule.results_at(edition),
        "introduction": render_rich_text(edition.introduction, code),
        "categories": [
            {"key": c.key, "name": c.name, "description": c.description}
            for c in edition.categories.all()
        ],
        "prizes": [
            {
                "name": p.name,
                "amount": str(p.amount) if p.amount is not None else None,
                "currency": p.currency,
                "description": p.description,
            }
            for p in edition.prizes.all()
        ],
        "eligibility_rules": [
            {"key": r.key, "text": r.text} for r in edition.eligibility_rules.all()
        ],
        "min_age": edition.min_age,
        "max_age": edition.max_age,
        "rules_document": _document(edition.rules_document),
        "privacy_notice": _document(edition.privacy_notice),
        "form": form_out(edition, programme.kind, code),
        "results": results,
        "seo": edition_seo(edition, programme, results, request),
    }


@router.get(
    "/contests",
    response=answers(list[ProgrammeOut]),
    summary="Contest programmes with their editions",
)
@decorate_view(api_endpoint(LocaleQuery, public=False))
def list_contests(request, locale_query: Query[LocaleQuery]):
    """Each programme with its editions and their status, worked out from the dates in the
    edition's time zone at the moment of the request (never cached for that reason)."""
    language = requested_language(request)
    chain = fallback_chain(language)
    programmes = sorted(best_objects(_programmes(), chain), key=lambda p: p.path)
    editions = best_objects(_editions(), chain)
    with_results = editions_with_results()
    out = []
    for programme in programmes:
        below = sorted(
            (e for e in editions if e.path.startswith(programme.path)),
            key=lambda e: e.opens_on,
            reverse=True,
        )
        out.append(
            {
                "id": programme.pk,
                "kind": programme.kind,
                "locale": programme.locale.language_code,
                "requested_locale": language,
                "is_fallback": programme.locale.language_code != language,
                "slug": programme.slug,
                "title": programme.title,
                "summary": programme.summary,
                "organisers": programme.organiser_list,
                "url": frontend_url(programme, request),
                "editions": [edition_summary(e, request, with_results) for e in below],
            }
        )
    return out


@router.get(
    "/contests/{int:edition_id}",
    response=answers(EditionOut, can_be_missing=True),
    summary="A contest edition: dates, status, categories, rules and the entry form",
)
@decorate_view(api_endpoint(LocaleQuery, public=False))
def get_edition(request, edition_id: Path[int], locale_query: Query[LocaleQuery]):
    language = requested_language(request)
    if edition_id > MAX_ID:
        raise not_found()
    key = _editions().filter(pk=edition_id).values_list("translation_key", flat=True).first()
    if key is None:
        raise not_found()
    edition = best_objects(_editions().filter(translation_key=key), fallback_chain(language))[0]
    return edition_out(edition, language, request)


def preview_contest(draft, request) -> dict:
    """A programme or edition draft in the shape of the edition's detail (or the list's)."""
    language = draft.locale.language_code
    if isinstance(draft, ContestEditionPage):
        return EditionOut(**edition_out(draft, language, request)).dict()
    return {
        "id": draft.pk,
        "kind": draft.kind,
        "title": draft.title,
        "summary": draft.summary,
        "organisers": draft.organiser_list,
        "introduction": render_rich_text(draft.introduction, language),
        "rules": render_rich_text(draft.rules, language),
        "history": render_rich_text(draft.history, language),
    }
