"""Which language an API request wants, and the order to fall back in.

Content is looked for in the asked language first, then along
``CONTENT_LOCALE_FALLBACK``; every item then says which language it was served in,
so a front-end can mark a fallback. One item is never a mix of languages.
"""

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

from wagtail.models import Locale

from .memo import remembered
from .problems import invalid_parameter


def content_languages() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def requested_language(request) -> str:
    """``?locale=`` wins; then Accept-Language; then the default (Kyrgyz).

    Worked out once per request and kept on it, so the HTTP layer and the view agree.
    """
    remembered = getattr(request, "_api_language", None)
    if remembered is None:
        remembered = request._api_language = _requested_language(request)
    return remembered


def _requested_language(request) -> str:
    valid = content_languages()
    code = request.GET.get("locale")
    if code is not None:
        if code not in valid:
            raise invalid_parameter(
                "locale",
                _("Unknown locale “%(code)s”. Use one of: %(valid)s.")
                % {"code": code[:20], "valid": ", ".join(valid)},
                valid_locales=valid,
            )
        return code
    for language, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        base = language.split("-")[0].lower()
        if base in valid:
            return base
    return settings.LANGUAGE_CODE


def fallback_chain(language: str) -> list[str]:
    return list(dict.fromkeys([language, *settings.CONTENT_LOCALE_FALLBACK]))


def locale_ids() -> dict[str, int]:
    """Language code → Locale id, read once per content version (a new Locale bumps it)."""
    return remembered(
        "locale-ids", lambda: dict(Locale.objects.values_list("language_code", "pk"))
    )


def best_per_translation(rows, chain: list[str], key=lambda row: row["translation_key"]):
    """Keep, for each translation group, the row in the earliest language of ``chain``."""
    ids = locale_ids()
    rank = {ids[code]: position for position, code in enumerate(chain) if code in ids}
    best = {}
    for row in rows:
        group = key(row)
        current = best.get(group)
        if row["locale_id"] not in rank:
            continue
        if current is None or rank[row["locale_id"]] < rank[current["locale_id"]]:
            best[group] = row
    return best


def best_objects(queryset, chain: list[str]) -> list:
    """One object per translation group of ``queryset``, in the best language of ``chain``."""
    ids = locale_ids()
    objects = queryset.filter(locale_id__in=[ids[c] for c in chain if c in ids]).select_related(
        "locale"
    )
    rows = [
        {"obj": o, "translation_key": o.translation_key, "locale_id": o.locale_id} for o in objects
    ]
    return [row["obj"] for row in best_per_translation(rows, chain).values()]
