"""What the print files show, as plain values: the renderers never touch the database.

A print shop's file is made from a snapshot of the exhibition, so these classes hold
exactly what gets printed: texts per language (``{"ky": …, "ru": …, "en": …}``), the
photo's credit and licence as recorded, and a way to open the photo's original.
``adapters`` builds them from the exhibition's pages and snippets; tests build them
by hand.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import BinaryIO

from django.conf import settings

Texts = Mapping[str, str]
"""One text per language code; a missing or empty language falls back."""


def pick(texts: Texts, language: str) -> str:
    """The text in ``language``, else along ``CONTENT_LOCALE_FALLBACK`` (Kyrgyz first)."""
    for code in dict.fromkeys([language, *settings.CONTENT_LOCALE_FALLBACK]):
        text = (texts.get(code) or "").strip()
        if text:
            return text
    return ""


@dataclass(frozen=True)
class Photo:
    open: Callable[[], BinaryIO]
    """Opens the ORIGINAL file (from whatever storage holds it), never a web rendition."""
    key: str
    """Names the original (e.g. its storage name), so a photo used twice is embedded once."""
    credit_line: str = ""
    licence: Texts = field(default_factory=dict)
    """The licence's name as recorded, per language ("CC BY 4.0", "All rights reserved")."""


@dataclass(frozen=True)
class Exhibit:
    title: Texts
    caption: Texts
    short_url: str
    """The exhibit's short link, the address its QR code holds (without a venue)."""
    photo: Photo | None = None
    people: Texts = field(default_factory=dict)
    place: Texts = field(default_factory=dict)
    year: int | None = None


@dataclass(frozen=True)
class Section:
    title: Texts
    exhibits: tuple[Exhibit, ...]


@dataclass(frozen=True)
class Venue:
    name: Texts
    city: Texts
    country: Texts
    address: Texts = field(default_factory=dict)
    code: str = ""
    """What ``?v=`` carries in a QR code printed for this venue, so scans count per venue."""


@dataclass(frozen=True)
class TourStop:
    venue: Venue
    starts: date
    ends: date | None = None
    status: str = ""
    """As the tour records it: planned, confirmed or held."""
    status_label: Texts = field(default_factory=dict)
    is_example: bool = False
    """Demo dates, printed as such so that nobody mistakes them for a real opening."""
    photo: Photo | None = None
    pk: int | None = None
    """The stop's row in the CMS, for choosing its poster."""


@dataclass(frozen=True)
class Exhibition:
    title: Texts
    introduction: Texts
    sections: tuple[Section, ...]
    tour: tuple[TourStop, ...] = ()
    curator_text: Texts = field(default_factory=dict)
    credits: Texts = field(default_factory=dict)
    cover: Photo | None = None
    year: int | None = None

    @property
    def exhibits(self) -> tuple[Exhibit, ...]:
        return tuple(exhibit for section in self.sections for exhibit in section.exhibits)
