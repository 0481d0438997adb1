"""The entry fields each kind of contest asks for, declared in code.

One edition model serves the three contests; what differs is the form. Every field
here is checked by ``validation.py`` and described to the portal by the edition's
detail in the API, so the form the portal draws and the rules the API applies come
from the same declaration. Questions an edition adds without code
(``EditionQuestion``) are appended after these.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from stories.enums import ContributionKind, Currency

from .enums import ContestKind, FieldType, Medium, Nominator


@dataclass(frozen=True)
class EntryField:
    name: str
    type: str
    label: str
    required: bool = False
    help_text: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    max_length: int | None = None
    max_files: int | None = None
    # Required only when another field has this value: ("nominated_by", "third_party").
    required_when: tuple[str, str] | None = None
    private: bool = False
    extra: dict = field(default_factory=dict)


def _choices(enum) -> tuple[tuple[str, str], ...]:
    return tuple(enum.choices)


# Every kind: who is entering and what the entry is called. ``private`` fields are the
# entrant's contact data, which the anonymising command clears.
COMMON_FIELDS = (
    EntryField("title", FieldType.TEXT, _("Title of the entry"), True, max_length=200),
    EntryField("entrant_name", FieldType.TEXT, _("Your name"), True, max_length=200, private=True),
    EntryField("email", FieldType.EMAIL, _("Your e-mail"), True, max_length=254, private=True),
    EntryField("phone", FieldType.PHONE, _("Your phone"), False, max_length=40, private=True),
    EntryField(
        "country",
        FieldType.TEXT,
        _("Country where you live (ISO code, e.g. RU, TR, US)"),
        True,
        max_length=2,
    ),
    EntryField("category", FieldType.CHOICE, _("Category (nomination)"), True),
)

AWARD_FIELDS = (
    EntryField(
        "nominated_by", FieldType.CHOICE, _("Who nominates"), True, choices=_choices(Nominator)
    ),
    EntryField(
        "nominator_name",
        FieldType.TEXT,
        _("Nominator's name"),
        max_length=200,
        required_when=("nominated_by", Nominator.THIRD_PARTY),
        private=True,
    ),
    EntryField(
        "nominator_email",
        FieldType.EMAIL,
        _("Nominator's e-mail"),
        max_length=254,
        required_when=("nominated_by", Nominator.THIRD_PARTY),
        private=True,
    ),
    EntryField(
        "nominator_phone", FieldType.PHONE, _("Nominator's phone"), max_length=40, private=True
    ),
    EntryField("place", FieldType.PLACE, _("Where the project is (place key)"), True),
    EntryField("sector", FieldType.SECTOR, _("Sector (key)"), True),
    EntryField(
        "contribution",
        FieldType.CHOICE,
        _("Kind of contribution"),
        True,
        choices=_choices(ContributionKind),
    ),
    EntryField("amount", FieldType.DECIMAL, _("Amount invested")),
    EntryField("currency", FieldType.CHOICE, _("Currency"), choices=_choices(Currency)),
    EntryField("beneficiaries", FieldType.INTEGER, _("Number of beneficiaries")),
    EntryField("description", FieldType.LONG_TEXT, _("Description"), True, max_length=10_000),
    EntryField("photos", FieldType.IMAGES, _("Photos"), max_files=10),
    EntryField("documents", FieldType.DOCUMENTS, _("Supporting documents"), max_files=5),
)

JOURNALIST_FIELDS = (
    EntryField("authors", FieldType.TEXT, _("Author(s)"), True, max_length=500),
    EntryField("outlet", FieldType.TEXT, _("Media outlet or blog"), True, max_length=200),
    EntryField("published_on", FieldType.DATE, _("Publication date"), True),
    EntryField("links", FieldType.URLS, _("Links to the published work"), True),
    EntryField("medium", FieldType.CHOICE, _("Medium"), True, choices=_choices(Medium)),
    EntryField("language", FieldType.LANGUAGE, _("Language of the work"), True, max_length=8),
    EntryField("work_files", FieldType.FILES, _("The work as files or screenshots"), max_files=10),
)

INVEST_CHALLENGE_FIELDS = (
    EntryField(
        "team",
        FieldType.TEAM,
        _("Team members and ages"),
        True,
        help_text=_("One member per line: name, age."),
    ),
    EntryField("idea", FieldType.LONG_TEXT, _("The idea"), True, max_length=10_000),
    EntryField("budget", FieldType.DECIMAL, _("Grant asked for"), True),
    EntryField("currency", FieldType.CHOICE, _("Currency"), True, choices=_choices(Currency)),
    EntryField("pitch_deck", FieldType.DOCUMENTS, _("Pitch deck (PDF)"), True, max_files=1),
)

FIELDS_BY_KIND = {
    ContestKind.AWARD: AWARD_FIELDS,
    ContestKind.JOURNALISTS: JOURNALIST_FIELDS,
    ContestKind.INVEST_CHALLENGE: INVEST_CHALLENGE_FIELDS,
}

# The form's own fields, not answers: the honeypot and the consent.
HONEYPOT_FIELD = "website"
CONSENT_FIELD = "consent"
CONSENT_VERSION_FIELD = "privacy_notice_version"


def fields_for(kind: str) -> tuple[EntryField, ...]:
    return COMMON_FIELDS + FIELDS_BY_KIND[ContestKind(kind)]


def private_field_names() -> set[str]:
    return {
        entry_field.name
        for fields in (COMMON_FIELDS, *FIELDS_BY_KIND.values())
        for entry_field in fields
        if entry_field.private
    }
