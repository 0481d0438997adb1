"""Exhibit labels: one per page, A5 or A6, in one language or all three.

A label hangs beside its photo, so it carries the words and not the picture: the
title and caption (each language in turn on a trilingual label), who and where it
shows, the credit line and licence exactly as recorded on the photo, and the QR code
of the exhibit's short link (with the venue, when printed for one).
"""

from django.utils import translation
from django.utils.translation import gettext as _

from . import qr
from .content import Exhibit, pick
from .document import Paper, Sheet, fit_size

LABEL_PAPERS = (Paper.A5, Paper.A6)


def render_labels(
    exhibits, paper: Paper, languages: tuple[str, ...], venue_code: str = "", title: str = ""
) -> bytes:
    if paper not in LABEL_PAPERS:
        raise ValueError(f"Labels are printed on A5 or A6, not {paper}.")
    sheet = Sheet(paper, title=title)
    for exhibit in exhibits:
        sheet.add_page()
        _draw_label(sheet, exhibit, languages, venue_code)
    return sheet.pdf_bytes()


def _draw_label(sheet: Sheet, exhibit: Exhibit, languages, venue_code: str) -> None:
    width, height = sheet.paper.size_mm
    scale = width / Paper.A6.size_mm[0]
    margin = 8 * scale
    code_size = 30 * scale
    inner = width - 2 * margin
    footer_top = height - margin - code_size

    blocks = []
    for index, (title, facts, caption) in enumerate(texts_in_turn(exhibit, languages)):
        first = index == 0
        blocks += [
            (title, (15 if first else 12) * scale, True, 1.5 * scale),
            (facts, 7 * scale, False, 1.5 * scale),
            (caption, (9 if first else 8) * scale, False, 4 * scale),
        ]
    fit = fit_size(sheet, blocks, inner, footer_top - margin - 3 * scale, 15 * scale, 6)
    y = margin
    for index, (text, size, bold, gap) in enumerate(blocks):
        if not text:
            continue
        if index and index % 3 == 0:
            sheet.set_draw_color(180, 180, 180)
            sheet.line(margin, y - 2 * scale * fit, margin + inner, y - 2 * scale * fit)
        y = sheet.write_text(margin, y, inner, text, size * fit, bold) + gap * fit

    link = qr.link_for(exhibit.short_url, venue_code)
    qr.draw(sheet, link, width - margin - code_size, footer_top, code_size)
    rights_width = inner - code_size - 3 * scale
    small = 6.5 * scale
    y = sheet.write_text(margin, footer_top + 2 * scale, rights_width, _credit(exhibit), small)
    y = sheet.write_text(margin, y + 1, rights_width, _licence(exhibit, languages), small)
    sheet.set_text_color(90, 90, 90)
    sheet.write_text(margin, y + 2 * scale, rights_width, exhibit.short_url, 6 * scale)
    sheet.set_text_color(20, 20, 20)


def texts_in_turn(exhibit: Exhibit, languages):
    """(title, facts, caption) per language, each text only where it reads differently.

    A trilingual label of an exhibit not yet translated into English would otherwise
    print the Russian (or Kyrgyz) text twice: a language that only falls back is left
    out, and a caption or facts line already printed is not repeated.
    """
    seen = set()
    for language in languages:
        texts = (
            pick(exhibit.title, language),
            _facts(exhibit, language),
            pick(exhibit.caption, language),
        )
        fresh = tuple("" if text in seen else text for text in texts)
        seen.update(texts)
        if any(fresh):
            yield fresh


def _facts(exhibit: Exhibit, language: str) -> str:
    """Who, where and when, in one line: "Айгүл Токтогулова · Ош · 2024"."""
    parts = [pick(exhibit.people, language), pick(exhibit.place, language)]
    if exhibit.year:
        parts.append(str(exhibit.year))
    return " · ".join(part for part in parts if part)


def _credit(exhibit: Exhibit) -> str:
    return exhibit.photo.credit_line if exhibit.photo else ""


def _licence(exhibit: Exhibit, languages) -> str:
    """The licence once per wording: "CC BY 4.0" once, "All rights reserved" per language."""
    if exhibit.photo is None:
        return ""
    names = []
    for language in languages:
        with translation.override(language):
            prefix = _("Licence")
        name = pick(exhibit.photo.licence, language)
        if name and name not in (existing for _prefix, existing in names):
            names.append((prefix, name))
    if len(names) == 1:
        return f"{names[0][0]}: {names[0][1]}"
    return " / ".join(name for _prefix, name in names)
