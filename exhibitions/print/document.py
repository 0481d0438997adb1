"""The sheet every print file is drawn on: paper sizes, the embedded font, fitted text.

fpdf2 embeds a subset of the TrueType font in the PDF (with the map that lets
``pdftotext`` read the text back), so Kyrgyz ң, ө and ү print as drawn on any
printer, whatever fonts the print shop has.
"""

from enum import StrEnum
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align, MethodReturnValue, XPos, YPos

FONTS = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVuSans"

DPI = 300
"""Print resolution: a photo is embedded with at most this many pixels per inch."""
MM_PER_INCH = 25.4


class Paper(StrEnum):
    A3 = "A3"
    A4 = "A4"
    A5 = "A5"
    A6 = "A6"

    @property
    def size_mm(self) -> tuple[float, float]:
        """Portrait width and height in millimetres (ISO 216)."""
        return {"A3": (297, 420), "A4": (210, 297), "A5": (148, 210), "A6": (105, 148)}[self]


class Sheet(FPDF):
    """A PDF in millimetres with the project's font, one paper size throughout."""

    def __init__(self, paper: Paper, title: str = ""):
        super().__init__(unit="mm", format=paper.size_mm)
        self.paper = paper
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.add_font(FONT, "", FONTS / "DejaVuSans.ttf")
        self.add_font(FONT, "B", FONTS / "DejaVuSans-Bold.ttf")
        self.set_creator("Mekendesh CMS")
        if title:
            self.set_title(title)
        self.set_text_color(20, 20, 20)

    def text_height(self, text: str, width: float, size: float, bold: bool = False) -> float:
        self.set_font(FONT, "B" if bold else "", size)
        return self.multi_cell(
            width,
            line_height(size),
            text,
            dry_run=True,
            output=MethodReturnValue.HEIGHT,
        )

    def write_text(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float,
        bold: bool = False,
        align: Align = Align.L,
    ) -> float:
        """Write a wrapped paragraph at (x, y); returns the y below it."""
        if not text:
            return y
        self.set_font(FONT, "B" if bold else "", size)
        self.set_xy(x, y)
        self.multi_cell(
            width,
            line_height(size),
            text,
            align=align,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        return self.get_y()

    def pdf_bytes(self) -> bytes:
        return bytes(self.output())


def line_height(size_pt: float) -> float:
    """Line height in millimetres for a font size in points (1.3 × the size)."""
    return size_pt * 1.3 * MM_PER_INCH / 72


def fit_size(sheet: Sheet, blocks, width: float, height: float, largest: float, smallest: float):
    """The largest scale (1 at ``largest``) at which ``blocks`` fit in the box.

    ``blocks`` is a list of (text, size at scale 1, bold, space after in mm); sizes
    shrink together so the hierarchy of title and caption is kept on a crowded label.
    """
    scale = 1.0
    while True:
        total = sum(
            sheet.text_height(text, width, size * scale, bold) + gap * scale
            for text, size, bold, gap in blocks
            if text
        )
        if total <= height or largest * scale * 0.92 < smallest:
            return scale
        scale *= 0.92
