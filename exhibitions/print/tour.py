"""Tour stops on paper: their dates, and a poster for each stop (A3 or A4).

Dates are written out with the month's name in the poster's language (Django's
date formats), and demo dates say so, so that an example never reaches a print shop
looking like a real opening.
"""

from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import qr
from .content import Exhibition, TourStop, pick
from .document import Paper, Sheet, fit_size
from .photos import prepare

POSTER_PAPERS = (Paper.A3, Paper.A4)


def dates_text(stop: TourStop, language: str) -> str:
    with translation.override(language):
        text = date_format(stop.starts, "DATE_FORMAT")
        if stop.ends and stop.ends != stop.starts:
            text = f"{text} – {date_format(stop.ends, 'DATE_FORMAT')}"
        if stop.is_example:
            text = f"{text} ({_('example dates')})"
    return text


def render_poster(
    exhibition: Exhibition,
    stop: TourStop,
    paper: Paper,
    languages: tuple[str, ...],
    link: str = "",
) -> bytes:
    """One page: the photo, the exhibition's title, the venue and the dates.

    ``link`` (the exhibition's address, when it has one) is printed as a QR code.
    """
    if paper not in POSTER_PAPERS:
        raise ValueError(f"Posters are printed on A3 or A4, not {paper}.")
    sheet = Sheet(paper, title=pick(exhibition.title, languages[0]))
    sheet.add_page()
    scale = paper.size_mm[0] / Paper.A4.size_mm[0]
    margin = 15 * scale
    width = sheet.w - 2 * margin
    y = margin
    photo = stop.photo or exhibition.cover
    photo = photo or next((e.photo for e in exhibition.exhibits if e.photo), None)
    if photo is not None:
        image = prepare(photo, (width, sheet.h * 0.5))
        shown_height = min(sheet.h * 0.5, width / image.aspect)
        shown_width = shown_height * image.aspect
        sheet.image(image.data, x=margin + (width - shown_width) / 2, y=y, h=shown_height)
        y += shown_height + 10 * scale
    code_size = 30 * scale if link else 0
    text_width = width - code_size - (6 * scale if link else 0)
    first, venue = languages[0], stop.venue
    place = ", ".join(filter(None, [pick(venue.city, first), pick(venue.country, first)]))
    blocks = [
        *_lines((pick(exhibition.title, code) for code in languages), 26, 16, True, 3),
        (" ", 6, False, 0),
        *_lines((pick(venue.name, code) for code in languages), 15, 12, True, 1),
        (place, 11, False, 1),
        (pick(venue.address, first), 10, False, 2),
        *_lines((dates_text(stop, code) for code in languages), 13, 11, True, 1.5),
    ]
    blocks = [(text, size * scale, bold, gap * scale) for text, size, bold, gap in blocks]
    fit = fit_size(sheet, blocks, text_width, sheet.h - margin - y, 26 * scale, 8)
    top = y
    for text, size, bold, gap in blocks:
        y = sheet.write_text(margin, y, text_width, text, size * fit, bold) + gap * fit
    if link:
        qr.draw(sheet, link, sheet.w - margin - code_size, top, code_size)
    return sheet.pdf_bytes()


def _lines(texts, first_size: float, other_size: float, bold: bool, gap: float):
    """Each different wording once: the first large, its translations smaller."""
    unique = [text for text in dict.fromkeys(texts) if text]
    return [
        (text, first_size if index == 0 else other_size, bold, gap)
        for index, text in enumerate(unique)
    ]
