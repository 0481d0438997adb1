"""QR codes drawn as vector squares: sharp at any print size, no image to embed.

A printed code carries the exhibit's short link; one printed for a venue adds
``?v=<venue code>`` so scans are counted per venue (the short link view reads it).
"""

from urllib.parse import urlencode, urlsplit, urlunsplit

import segno

from .document import Sheet

QUIET_ZONE = 4
"""Modules of white around the code, as the QR standard asks."""


def link_for(short_url: str, venue_code: str = "") -> str:
    if not venue_code:
        return short_url
    parts = urlsplit(short_url)
    query = "&".join(filter(None, [parts.query, urlencode({"v": venue_code})]))
    return urlunsplit(parts._replace(query=query))


def draw(sheet: Sheet, data: str, x: float, y: float, size: float) -> None:
    """A square code of ``size`` mm (quiet zone included) with its top left at (x, y)."""
    code = segno.make(data, error="m", micro=False)
    rows = [list(row) for row in code.matrix]
    modules = len(rows) + 2 * QUIET_ZONE
    module = size / modules
    sheet.set_fill_color(255, 255, 255)
    sheet.rect(x, y, size, size, style="F")
    sheet.set_fill_color(0, 0, 0)
    for r, row in enumerate(rows):
        top = y + (r + QUIET_ZONE) * module
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            # A hair of overlap so that no white seam shows between runs and rows.
            left = x + (start + QUIET_ZONE) * module
            sheet.rect(left, top, (c - start) * module + 0.01, module + 0.01, style="F")
