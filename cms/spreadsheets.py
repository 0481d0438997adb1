"""Admin exports that a spreadsheet program can never run as formulas (CSV injection).

THE rule for every CSV the admin writes: a text cell starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is written with a leading apostrophe, so it shows as
typed. Entrants and jurors type free text that ends up in these files. In XLSX, Wagtail
already stores such a cell as text.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class FormulaSafeExportMixin:
    """Put before Wagtail's ``SpreadsheetExportMixin`` (or a generic ``IndexView``)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return neutralise(value)
        return value
