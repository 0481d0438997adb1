"""Every rule a story tip must meet, all checked before anything is written.

Each bad field is named in the problem's ``invalid_params``; photos are checked in full
(``media_library.uploads.check_photo``) so a refused photo is refused before the tip
exists. The consent rules and the honeypot are the contest entry form's.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from wagtail.models import Locale

from cms.api.languages import content_languages
from cms.api.problems import Problem
from contests.kinds import CONSENT_FIELD, CONSENT_VERSION_FIELD, HONEYPOT_FIELD
from contests.validation import FALSE_VALUES, TRUE_VALUES, refuse_honeypot
from media_library.uploads import CleanUpload, FileRefused, check_photo
from stories.models import Country, Place

__all__ = ["CONSENT_FIELD", "CONSENT_VERSION_FIELD", "HONEYPOT_FIELD", "refuse_honeypot"]

PHOTOS_FIELD = "photos"
MIN_TEXT_LENGTH = 20
TEXT_FIELDS = {"name": 200, "phone": 100, "place_text": 200}


@dataclass
class CleanTip:
    values: dict
    photos: list[CleanUpload]


def _flag(post, name: str, errors: list) -> bool:
    raw = post.get(name, "").strip().lower()
    if raw and raw not in TRUE_VALUES | FALSE_VALUES:
        errors.append({"name": name, "reason": _("Yes or no (true or false).")})
    return raw in TRUE_VALUES


def _text(post, errors: list) -> dict:
    values = {}
    for name, limit in TEXT_FIELDS.items():
        raw = post.get(name, "").strip()
        if len(raw) > limit:
            errors.append(
                {"name": name, "reason": _("At most %(count)d characters.") % {"count": limit}}
            )
        elif raw and not raw.isprintable():
            errors.append({"name": name, "reason": _("Only one line of printable text.")})
        values[name] = raw
    return values


def _contacts(post, values: dict, anonymous: bool, errors: list) -> None:
    email = post.get("email", "").strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors.append({"name": "email", "reason": _("Enter a valid e-mail address.")})
        if len(email) > 254:
            errors.append(
                {"name": "email", "reason": _("At most %(count)d characters.") % {"count": 254}}
            )
    values["email"] = email.lower()
    if anonymous:
        return
    if not values["name"]:
        errors.append(
            {"name": "name", "reason": _("Give your name, or send the story anonymously.")}
        )
    if not email and not values["phone"]:
        reason = _("Give an e-mail address or a phone or messenger handle, or send anonymously.")
        errors.append({"name": "email", "reason": reason})


def _story(post, errors: list) -> str:
    text = post.get("what_happened", "").strip()
    limit = settings.STORY_TIP_MAX_TEXT_LENGTH
    if len(text) < MIN_TEXT_LENGTH:
        errors.append(
            {
                "name": "what_happened",
                "reason": _("Tell what happened in at least %(count)d characters.")
                % {"count": MIN_TEXT_LENGTH},
            }
        )
    elif len(text) > limit:
        errors.append(
            {
                "name": "what_happened",
                "reason": _("At most %(count)d characters.") % {"count": limit},
            }
        )
    return text


def _country(post, errors: list) -> str:
    code = post.get("country", "").strip().upper()
    if not code:
        errors.append({"name": "country", "reason": _("This field is required.")})
    elif len(code) != 2 or not Country.objects.filter(code=code).exists():
        errors.append(
            {"name": "country", "reason": _("Not a country code we know, e.g. RU, TR, US.")}
        )
    return code


def _place(post, values: dict, errors: list):
    """The Place (Kyrgyz row) named by its key; free text is enough when none fits."""
    key = post.get("place", "").strip()
    if not key:
        if not values["place_text"]:
            reason = _("Choose the place at home, or write its name in place_text.")
            errors.append({"name": "place", "reason": reason})
        return None
    place = Place.objects.filter(key=key[:100], locale=Locale.get_default()).first()
    if place is None:
        errors.append({"name": "place", "reason": _("No place has this key.")})
    return place


def _language(post, default: str, errors: list) -> str:
    code = post.get("locale", "").strip()
    if not code:
        return default
    if code not in content_languages():
        errors.append(
            {
                "name": "locale",
                "reason": _("Use one of: %(valid)s.") % {"valid": ", ".join(content_languages())},
            }
        )
    return code


def _photos(uploads, errors: list) -> list[CleanUpload]:
    unknown = sorted(set(uploads) - {PHOTOS_FIELD})
    for name in unknown:
        errors.append({"name": name[:100], "reason": _("This form takes no file here.")})
    sent = uploads.getlist(PHOTOS_FIELD)
    limit = settings.STORY_TIP_MAX_PHOTOS
    if len(sent) > limit:
        errors.append(
            {"name": PHOTOS_FIELD, "reason": _("At most %(count)d files.") % {"count": limit}}
        )
        return []
    photos = []
    for number, upload in enumerate(sent, start=1):
        try:
            photos.append(check_photo(upload))
        except FileRefused as error:
            errors.append(
                {
                    "name": f"{PHOTOS_FIELD}[{number}]",
                    "reason": _("File %(number)d: %(reason)s")
                    % {"number": number, "reason": str(error)},
                }
            )
    return photos


def _consent(post, errors: list) -> None:
    if post.get(CONSENT_FIELD, "").strip().lower() not in TRUE_VALUES:
        errors.append(
            {
                "name": CONSENT_FIELD,
                "reason": _("Consent to the processing of personal data is required."),
            }
        )
    version = settings.STORY_TIP_PRIVACY_NOTICE_VERSION
    if post.get(CONSENT_VERSION_FIELD, "").strip() != version:
        errors.append(
            {
                "name": CONSENT_VERSION_FIELD,
                "reason": _("Consent must be given to the current privacy notice, version %(v)s.")
                % {"v": version},
            }
        )


def clean_tip(post, uploads, default_language: str) -> CleanTip:
    """The tip's values and cleaned photos, or a 400 problem naming every bad field."""
    errors: list[dict] = []
    anonymous = _flag(post, "anonymous", errors)
    values = _text(post, errors)
    _contacts(post, values, anonymous, errors)
    values["what_happened"] = _story(post, errors)
    values["country"] = _country(post, errors)
    values["place"] = _place(post, values, errors)
    values["is_anonymous"] = anonymous
    values["may_be_named"] = _flag(post, "may_be_named", errors) and not anonymous
    values["language"] = _language(post, default_language, errors)
    _consent(post, errors)
    photos = _photos(uploads, errors)
    if errors:
        raise Problem(
            400,
            _("Invalid story tip"),
            _("Check these fields: %(names)s.")
            % {"names": ", ".join(dict.fromkeys(e["name"] for e in errors))},
            invalid_params=errors,
        )
    if anonymous:
        values["name"] = ""
    return CleanTip(values, photos)
