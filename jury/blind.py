"""THE blind rule: what of an entry a juror sees, and under which file names.

Jurors never see an entrant's contacts (e-mail and phone, the nominator's too) in any
round: they judge the work, they do not write to its author.

In a **blind round** (``Round.blind``) they see only the fields on an allow-list, so a
field added to a kind later stays hidden until someone decides it may be shown:

- every kind: the title, country, category and medium (never the entrant's name);
- award: who nominates (self or a third party, not the nominator), place, sector, kind
  of contribution, amount and currency, beneficiaries, description, photos, documents;
- journalists' contest: publication date, medium, language of the work, the work's
  files (never the authors, the outlet or the links, which name both);
- invest-challenge: the team members' ages (never their names), the idea, the grant
  asked for and its currency, the pitch deck;
- an edition's own questions: only answers that cannot name anyone (yes/no, one of a
  list, a number, a date); free-text and link answers are left out.

The free text a blind round does show (description, idea) may still name people: when a
coordinator has written an anonymised summary (``EntrySummary``) it replaces that text.
Files are listed and downloaded as ``<entry reference>-<n>.<ext>``, never under the
name the entrant gave them (the stored name is random already).

In an open round jurors see the entrant's name and every answer but the contacts, and
files keep their names.
"""

import os
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Locale

from contests.enums import FieldType, Medium
from contests.kinds import fields_for
from stories.models import Country, Place, Sector

NEVER_SHOWN = {"email", "phone", "nominator_email", "nominator_phone"}
SHOWN_IN_BLIND = {
    "nominated_by",
    "place",
    "sector",
    "contribution",
    "amount",
    "currency",
    "beneficiaries",
    "description",
    "published_on",
    "language",
    "team",
    "idea",
    "budget",
}
FREE_TEXT = {"description", "idea"}
BLIND_QUESTION_TYPES = {FieldType.YES_NO, FieldType.CHOICE, FieldType.INTEGER, FieldType.DATE}
# Shown in the entry's heading rather than among the answers.
HEADING_FIELDS = {"title", "entrant_name", "country", "category", "medium"}


@dataclass(frozen=True)
class Item:
    label: str
    lines: list
    links: bool = False


@dataclass(frozen=True)
class JurorFile:
    pk: int
    name: str
    field_label: str
    size: int
    url: str


@dataclass
class EntryView:
    reference: str
    title: str
    category: str
    medium: str
    country: str
    blind: bool
    entrant: str = ""
    items: list = field(default_factory=list)
    summary: str = ""
    files: list = field(default_factory=list)


def _language() -> str:
    return (get_language() or "ky")[:2]


def _in_language(queryset, language: str, **lookup):
    """The row in the juror's language, else in any language."""
    rows = list(queryset.filter(**lookup).select_related("locale"))
    for row in rows:
        if row.locale.language_code == language:
            return row
    return rows[0] if rows else None


def _edition_texts(edition, language: str) -> tuple[dict, dict]:
    """Category names and questions by key, in the juror's language when translated."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = edition.get_translation_or_none(locale) if locale else None
    source = translated or edition
    categories = {c.key: c.name for c in source.categories.all()}
    questions = {q.key: q for q in source.questions.all()}
    if translated:
        categories = {c.key: c.name for c in edition.categories.all()} | categories
        questions = {q.key: q for q in edition.questions.all()} | questions
    return categories, questions


def neutral_name(entry, number: int, stored_name: str) -> str:
    extension = os.path.splitext(stored_name)[1].lower()
    return f"{entry.reference}-{number}{extension}"


def juror_files(entry, round, assignment) -> list[JurorFile]:
    """The entry's files as the round lets its jurors see them, numbered from 1."""
    labels = {f.name: str(f.label) for f in fields_for(entry.edition.kind)}
    return [
        JurorFile(
            pk=row.pk,
            name=neutral_name(entry, number, row.file.name) if round.blind else str(row),
            field_label=labels.get(row.field_name, row.field_name),
            size=row.size,
            url=reverse("jury_entry_file", args=[assignment.pk, row.pk]),
        )
        for number, row in enumerate(entry.files.order_by("pk"), start=1)
    ]


def file_download_name(entry, round, row) -> str:
    if not round.blind:
        return str(row)
    pks = list(entry.files.order_by("pk").values_list("pk", flat=True))
    return neutral_name(entry, pks.index(row.pk) + 1, row.file.name)


def _display(entry_field, value, language) -> tuple[list, bool]:
    kind = entry_field.type
    if kind == FieldType.CHOICE and entry_field.choices:
        return [str(dict(entry_field.choices).get(value, value))], False
    if kind == FieldType.YES_NO:
        return [_("Yes") if value else _("No")], False
    if kind == FieldType.URLS:
        return [str(link) for link in value or []], True
    if kind == FieldType.URL:
        return [str(value)], True
    if kind == FieldType.PLACE:
        place = _in_language(Place.objects, language, key=value)
        return [place.name if place else str(value)], False
    if kind == FieldType.SECTOR:
        sector = _in_language(Sector.objects, language, key=value)
        return [sector.name if sector else str(value)], False
    if kind == FieldType.LONG_TEXT:
        return str(value).splitlines(), False
    return [str(value)], False


def _team(value, blind: bool) -> list:
    members = value if isinstance(value, list) else []
    if blind:
        ages = ", ".join(str(member.get("age", "?")) for member in members)
        return [_("%(count)d members, ages: %(ages)s") % {"count": len(members), "ages": ages}]
    return [f"{member.get('name', '')}, {member.get('age', '')}" for member in members]


def _kind_items(entry, kind, blind: bool, summary: str, language: str) -> list[Item]:
    items = []
    for entry_field in fields_for(kind):
        name = entry_field.name
        value = entry.answers.get(name)
        if name in NEVER_SHOWN or name in HEADING_FIELDS or value in (None, "", []):
            continue
        if entry_field.type in {FieldType.IMAGES, FieldType.DOCUMENTS, FieldType.FILES}:
            continue
        if blind and (name not in SHOWN_IN_BLIND or (summary and name in FREE_TEXT)):
            continue
        if name == "team":
            items.append(Item(str(entry_field.label), _team(value, blind)))
            continue
        lines, links = _display(entry_field, value, language)
        items.append(Item(str(entry_field.label), lines, links))
    return items


def _question_items(entry, questions: dict, blind: bool) -> list[Item]:
    items = []
    for key, question in questions.items():
        value = entry.answers.get(f"q_{key}")
        if value in (None, ""):
            continue
        if blind and question.field_type not in BLIND_QUESTION_TYPES:
            continue
        if question.field_type == FieldType.YES_NO:
            lines = [_("Yes") if value else _("No")]
        else:
            lines = str(value).splitlines()
        items.append(Item(question.label, lines, question.field_type == FieldType.URL))
    return items


def entry_for_juror(assignment) -> EntryView:
    """The entry of an assignment, as its round's blind rule lets its juror see it."""
    entry, round = assignment.entry, assignment.round
    language = _language()
    kind = entry.edition.kind
    categories, questions = _edition_texts(entry.edition, language)
    summary_row = getattr(entry, "jury_summary", None) if round.blind else None
    summary = summary_row.text if summary_row else ""
    country = _in_language(Country.objects, language, code=entry.country)
    return EntryView(
        reference=entry.reference,
        title=entry.title,
        category=categories.get(entry.category, entry.category),
        medium=str(Medium(entry.medium).label) if entry.medium in Medium.values else "",
        country=country.name if country else entry.country,
        blind=round.blind,
        entrant="" if round.blind else entry.entrant_name,
        items=_kind_items(entry, kind, round.blind, summary, language)
        + _question_items(entry, questions, round.blind),
        summary=summary,
        files=juror_files(entry, round, assignment),
    )
