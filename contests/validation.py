"""Every rule an entry's fields must meet, all checked before anything is written.

Each bad field is named in the problem's ``invalid_params``; files are checked in full
(``files.py``) so a refused file is refused before the entry exists.
"""

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.api.problems import Problem
from stories.models import Country, Place, Sector

from .enums import FILE_FIELD_TYPES, FieldType
from .files import CheckedFile, FileRefused, check_file
from .kinds import CONSENT_FIELD, CONSENT_VERSION_FIELD, HONEYPOT_FIELD, EntryField, fields_for

PHONE = re.compile(r"^\+?[0-9 ()\-]{5,40}$")
TEAM_LINE = re.compile(r"^(?P<name>.+?)\s*[,;]\s*(?P<age>\d{1,3})$")
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
MAX_LINKS = 10
MAX_TEAM = 10
MAX_AMOUNT = Decimal("1000000000000")
TRUE_VALUES = {"true", "yes", "1", "on"}
FALSE_VALUES = {"false", "no", "0", "off"}


@dataclass
class CleanEntry:
    common: dict
    answers: dict
    files: list[CheckedFile]


def question_field(question) -> EntryField:
    """An edition's extra question, in the shape of a declared field (name ``q_<key>``)."""
    return EntryField(
        f"q_{question.key}",
        question.field_type,
        question.label,
        question.required,
        help_text=question.help_text,
        choices=tuple((choice, choice) for choice in question.choice_list),
        max_length=5000,
    )


def form_fields(edition, kind: str) -> list[EntryField]:
    declared = list(fields_for(kind))
    category = next(f for f in declared if f.name == "category")
    index = declared.index(category)
    choices = tuple((c.key, c.name) for c in edition.categories.all())
    declared[index] = EntryField(
        "category", FieldType.CHOICE, category.label, bool(choices), choices=choices
    )
    return declared + [question_field(q) for q in edition.questions.all()]


def refuse_honeypot(post) -> None:
    if post.get(HONEYPOT_FIELD, "").strip():
        raise Problem(
            400,
            _("Entry refused"),
            _("This entry looks automated and was not accepted."),
            param=HONEYPOT_FIELD,
        )


def clean_entry(edition, kind: str, post, uploads) -> CleanEntry:
    errors: list[dict] = []
    values: dict = {}
    checked: list[CheckedFile] = []
    fields = form_fields(edition, kind)
    for entry_field in fields:
        if entry_field.type in FILE_FIELD_TYPES:
            checked += _clean_files(entry_field, uploads.getlist(entry_field.name), errors)
            continue
        raw = post.get(entry_field.name, "")
        raw = raw.strip() if isinstance(raw, str) else raw
        if not raw:
            if _is_required(entry_field, post):
                errors.append({"name": entry_field.name, "reason": _("This field is required.")})
            continue
        try:
            values[entry_field.name] = _clean_value(entry_field, raw)
        except ValidationError as error:
            errors.append({"name": entry_field.name, "reason": " ".join(error.messages)})
    _check_consent(edition, post, errors)
    unknown_files = sorted(set(uploads) - {f.name for f in fields if f.type in FILE_FIELD_TYPES})
    for name in unknown_files:
        errors.append({"name": name[:100], "reason": _("This form takes no file here.")})
    if len(checked) > settings.CONTEST_ENTRY_MAX_FILES:
        errors.append(
            {
                "name": "files",
                "reason": _("At most %(count)d files may be sent with one entry.")
                % {"count": settings.CONTEST_ENTRY_MAX_FILES},
            }
        )
    if errors:
        raise Problem(
            400,
            _("Invalid entry"),
            _("Check these fields: %(names)s.")
            % {"names": ", ".join(dict.fromkeys(e["name"] for e in errors))},
            invalid_params=errors,
        )
    common_names = {"title", "entrant_name", "email", "phone", "country", "category"}
    common = {name: values.pop(name) for name in common_names if name in values}
    return CleanEntry(common, values, checked)


def _is_required(entry_field: EntryField, post) -> bool:
    if entry_field.required_when:
        other, value = entry_field.required_when
        return post.get(other, "") == value
    return entry_field.required


def _check_consent(edition, post, errors) -> None:
    if post.get(CONSENT_FIELD, "").strip().lower() not in TRUE_VALUES:
        errors.append(
            {
                "name": CONSENT_FIELD,
                "reason": _("Consent to the processing of personal data is required."),
            }
        )
    version = post.get(CONSENT_VERSION_FIELD, "").strip()
    if version != edition.privacy_notice_version:
        errors.append(
            {
                "name": CONSENT_VERSION_FIELD,
                "reason": _("Consent must be given to the current privacy notice, version %(v)s.")
                % {"v": edition.privacy_notice_version},
            }
        )


def _clean_files(entry_field: EntryField, uploads, errors) -> list[CheckedFile]:
    if not uploads:
        if entry_field.required:
            errors.append({"name": entry_field.name, "reason": _("Send at least one file.")})
        return []
    if entry_field.max_files and len(uploads) > entry_field.max_files:
        errors.append(
            {
                "name": entry_field.name,
                "reason": _("At most %(count)d files.") % {"count": entry_field.max_files},
            }
        )
        return []
    checked = []
    for number, upload in enumerate(uploads, start=1):
        try:
            checked.append(check_file(entry_field.name, entry_field.type, upload))
        except FileRefused as error:
            errors.append(
                {
                    "name": f"{entry_field.name}[{number}]",
                    "reason": _("File %(number)d: %(reason)s")
                    % {"number": number, "reason": str(error)},
                }
            )
    return checked


def _too_long(entry_field: EntryField, raw: str) -> None:
    if entry_field.max_length and len(raw) > entry_field.max_length:
        raise ValidationError(
            _("At most %(count)d characters.") % {"count": entry_field.max_length}
        )


def _clean_value(entry_field: EntryField, raw: str):
    kind = entry_field.type
    _too_long(entry_field, raw)
    if kind == FieldType.EMAIL:
        validate_email(raw)
        return raw.lower()
    if kind == FieldType.PHONE:
        if not PHONE.match(raw):
            raise ValidationError(_("Digits, spaces and an optional + only."))
        return raw
    if kind == FieldType.URL:
        return _url(raw)
    if kind == FieldType.URLS:
        links = [line.strip() for line in raw.splitlines() if line.strip()]
        if len(links) > MAX_LINKS:
            raise ValidationError(_("At most %(count)d links.") % {"count": MAX_LINKS})
        return [_url(link) for link in links]
    if kind == FieldType.DATE:
        try:
            day = datetime.date.fromisoformat(raw)
        except ValueError as error:
            raise ValidationError(_("A date as YYYY-MM-DD.")) from error
        if day > timezone.localdate():
            raise ValidationError(_("The date is in the future."))
        return day.isoformat()
    if kind == FieldType.INTEGER:
        if not raw.isdigit() or int(raw) > 10**9:
            raise ValidationError(_("A whole number, 0 or more."))
        return int(raw)
    if kind == FieldType.DECIMAL:
        try:
            amount = Decimal(raw.replace(",", ".").replace(" ", ""))
        except InvalidOperation as error:
            raise ValidationError(_("An amount, e.g. 15000 or 15000.50.")) from error
        if not amount.is_finite() or amount < 0 or amount > MAX_AMOUNT:
            raise ValidationError(_("An amount, e.g. 15000 or 15000.50."))
        return str(amount.quantize(Decimal("0.01")))
    if kind == FieldType.CHOICE:
        if raw not in {value for value, _label in entry_field.choices}:
            raise ValidationError(
                _("Choose one of: %(choices)s.")
                % {"choices": ", ".join(value for value, _label in entry_field.choices)}
            )
        return raw
    if kind == FieldType.YES_NO:
        if raw.lower() not in TRUE_VALUES | FALSE_VALUES:
            raise ValidationError(_("Yes or no (true or false)."))
        return raw.lower() in TRUE_VALUES
    if kind == FieldType.PLACE:
        if not Place.objects.filter(key=raw).exists():
            raise ValidationError(_("No place has this key."))
        return raw
    if kind == FieldType.SECTOR:
        if not Sector.objects.filter(key=raw).exists():
            raise ValidationError(_("No sector has this key."))
        return raw
    if kind == FieldType.LANGUAGE:
        if not LANGUAGE.match(raw):
            raise ValidationError(_("A language code, e.g. ky, ru, en."))
        return raw
    if kind == FieldType.TEAM:
        return _team(raw)
    if entry_field.name == "country":
        code = raw.upper()
        if not Country.objects.filter(code=code).exists():
            raise ValidationError(_("Not a country code we know, e.g. RU, TR, US."))
        return code
    return raw


def _url(raw: str) -> str:
    try:
        URLValidator(schemes=["http", "https"])(raw)
    except ValidationError as error:
        raise ValidationError(_("A link starting with https:// or http://.")) from error
    return raw


def _team(raw: str) -> list[dict]:
    members = []
    for line in raw.splitlines():
        if not line.strip():
            continue
        match = TEAM_LINE.match(line.strip())
        if not match:
            raise ValidationError(_("One member per line, as: name, age."))
        members.append({"name": match["name"], "age": int(match["age"])})
    if not members or len(members) > MAX_TEAM:
        raise ValidationError(_("Between 1 and %(count)d members.") % {"count": MAX_TEAM})
    return members
