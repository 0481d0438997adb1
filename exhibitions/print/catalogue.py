"""The exhibition catalogue (A4): cover, introduction, every exhibit with its photo, the tour.

Each exhibit has a page of its own: the photo as large as the page allows (from the
original, at 300 dpi), its texts in the chosen language or in all three, the credit
line and licence as recorded, and the QR code of its short link.
"""

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from . import qr
from .content import Exhibit, Exhibition, pick
from .document import FONT, Paper, Sheet, fit_size
from .labels import texts_in_turn
from .photos import prepare
from .tour import dates_text

MARGIN = 18
CODE_SIZE = 26


class Catalogue(Sheet):
    """A4 with a running footer (title and page number) after the cover."""

    def __init__(self, running_title: str):
        super().__init__(Paper.A4, title=running_title)
        self.running_title = running_title

    def footer(self):
        if self.page_no() < 2:
            return
        self.set_font(FONT, "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(MARGIN, self.h - 12)
        self.cell(self.w - 2 * MARGIN - 15, 5, self.running_title)
        self.cell(15, 5, str(self.page_no()), align="R")
        self.set_text_color(20, 20, 20)


def render_catalogue(exhibition: Exhibition, languages: tuple[str, ...]) -> bytes:
    first = languages[0]
    sheet = Catalogue(pick(exhibition.title, first))
    _cover(sheet, exhibition, languages)
    _introduction(sheet, exhibition, languages)
    for section in exhibition.sections:
        for index, exhibit in enumerate(section.exhibits):
            sheet.add_page()
            heading = " / ".join(_unique(pick(section.title, code) for code in languages))
            _exhibit_page(sheet, exhibit, languages, heading if index == 0 else "")
    _tour(sheet, exhibition, languages)
    return sheet.pdf_bytes()


def _cover(sheet: Catalogue, exhibition: Exhibition, languages) -> None:
    sheet.add_page()
    width = sheet.w - 2 * MARGIN
    y = MARGIN
    cover = exhibition.cover or next((e.photo for e in exhibition.exhibits if e.photo), None)
    if cover is not None:
        y = _photo(sheet, cover, MARGIN, y, width, 150) + 10
    for index, title in enumerate(_unique(pick(exhibition.title, code) for code in languages)):
        y = sheet.write_text(MARGIN, y, width, title, 24 if index == 0 else 16, bold=True) + 3
    if exhibition.year:
        y = sheet.write_text(MARGIN, y + 2, width, str(exhibition.year), 14)
    credits = _paragraphs(exhibition.credits, languages)
    if credits:
        sheet.write_text(MARGIN, sheet.h - MARGIN - 30, width, credits, 8)


def _introduction(sheet: Catalogue, exhibition: Exhibition, languages) -> None:
    """Long texts flow over as many pages as they need."""
    parts = [
        (gettext_noop("Introduction"), exhibition.introduction),
        (gettext_noop("Curator's text"), exhibition.curator_text),
    ]
    if not any(pick(texts, code) for _heading, texts in parts for code in languages):
        return
    sheet.add_page()
    sheet.set_auto_page_break(True, margin=MARGIN + 6)
    width = sheet.w - 2 * MARGIN
    y = MARGIN
    for heading, texts in parts:
        shown = set()
        for language in languages:
            text = pick(texts, language)
            if not text or text in shown:
                continue
            shown.add(text)
            with translation.override(language):
                y = sheet.write_text(MARGIN, y, width, _(heading), 15, bold=True) + 2
            y = sheet.write_text(MARGIN, y, width, text, 10.5) + 8
    sheet.set_auto_page_break(False)


def _exhibit_page(sheet: Catalogue, exhibit: Exhibit, languages, heading: str) -> None:
    width = sheet.w - 2 * MARGIN
    y = MARGIN
    if heading:
        sheet.set_text_color(110, 110, 110)
        y = sheet.write_text(MARGIN, y, width, heading.upper(), 9, bold=True) + 3
        sheet.set_text_color(20, 20, 20)
    bottom = sheet.h - MARGIN - 6
    photo_height = 130 if len(languages) == 1 else 110
    if exhibit.photo is not None:
        y = _photo(sheet, exhibit.photo, MARGIN, y, width, photo_height) + 3
        sheet.set_text_color(90, 90, 90)
        credit = exhibit.photo.credit_line
        rights = " · ".join(filter(None, [credit, _licence(exhibit, languages)]))
        y = sheet.write_text(MARGIN, y, width, rights, 7) + 5
        sheet.set_text_color(20, 20, 20)
    blocks = []
    for title, facts, caption in texts_in_turn(exhibit, languages):
        blocks += [(title, 15, True, 1.5), (facts, 8.5, False, 1.5), (caption, 10.5, False, 5)]
    text_width = width - CODE_SIZE - 6
    scale = fit_size(sheet, blocks, text_width, bottom - y, 15, 6.5)
    code_top = y
    for text, size, bold, gap in blocks:
        if text:
            y = sheet.write_text(MARGIN, y, text_width, text, size * scale, bold) + gap * scale
    qr.draw(sheet, exhibit.short_url, sheet.w - MARGIN - CODE_SIZE, code_top, CODE_SIZE)


def _tour(sheet: Catalogue, exhibition: Exhibition, languages) -> None:
    if not exhibition.tour:
        return
    sheet.add_page()
    sheet.set_auto_page_break(True, margin=MARGIN + 6)
    width = sheet.w - 2 * MARGIN
    headings = []
    for language in languages:
        with translation.override(language):
            headings.append(_("Tour"))
    y = sheet.write_text(MARGIN, MARGIN, width, " / ".join(_unique(headings)), 15, bold=True) + 4
    first = languages[0]
    for stop in exhibition.tour:
        venue = stop.venue
        name = " / ".join(_unique(pick(venue.name, code) for code in languages))
        y = sheet.write_text(MARGIN, y, width, name, 11, bold=True)
        place = ", ".join(_unique([pick(venue.city, first), pick(venue.country, first)]))
        status = " / ".join(_unique(pick(stop.status_label, code) for code in languages))
        details = " · ".join(filter(None, [place, dates_text(stop, first), status]))
        y = sheet.write_text(MARGIN, y + 0.5, width, details, 9.5) + 4
    sheet.set_auto_page_break(False)


def _photo(sheet: Sheet, photo, x: float, y: float, width: float, height: float) -> float:
    """The photo centred in the box at 300 dpi; returns the y below it."""
    image = prepare(photo, (width, height))
    shown_width = min(width, height * image.aspect)
    shown_height = shown_width / image.aspect
    left = x + (width - shown_width) / 2
    sheet.image(image.data, x=left, y=y, w=shown_width, h=shown_height)
    return y + shown_height


def _licence(exhibit: Exhibit, languages) -> str:
    return " / ".join(_unique(pick(exhibit.photo.licence, code) for code in languages))


def _paragraphs(texts, languages) -> str:
    return "\n\n".join(_unique(pick(texts, code) for code in languages))


def _unique(values) -> list[str]:
    return [value for value in dict.fromkeys(values) if value]
