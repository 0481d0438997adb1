"""Charts drawn on the server as SVG: no script, no library, nothing fetched.

Every number is written by this module and every text escaped, so the markup is safe
to put in the page as it is. Each bar has a ``<title>`` (shown on hover, read by screen
readers) and the chart an ``aria-label`` summing it up.
"""

from decimal import Decimal

from django.utils.formats import date_format, number_format
from django.utils.html import escape
from django.utils.safestring import mark_safe

BAR = "#2e6f8e"
BAR_EMPTY = "#d8e2e7"
AXIS = "#6b7a83"
SECOND = "#e3a33b"


def _number(value) -> str:
    if isinstance(value, Decimal) and value == value.to_integral():
        value = int(value)
    return number_format(value, force_grouping=True)


def monthly_bars(monthly, *, label: str, width: int = 240, height: int = 64):
    """A bar per month; the tallest month fills the height."""
    if not monthly:
        return ""
    top = max((value for _month, value in monthly), default=0) or 1
    gap = 2
    bar_width = max(2, (width - gap * (len(monthly) - 1)) / len(monthly))
    plot = height - 14
    parts = []
    for index, (month, value) in enumerate(monthly):
        bar_height = max(1, float(value) / float(top) * plot) if value else 1
        x = index * (bar_width + gap)
        y = plot - bar_height
        colour = BAR if value else BAR_EMPTY
        title = f"{date_format(month, 'YEAR_MONTH_FORMAT')}: {_number(value)}"
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_width:.1f}" height="{bar_height:.1f}" '
            f'fill="{colour}"><title>{escape(title)}</title></rect>'
        )
    first = date_format(monthly[0][0], "m.Y")
    last = date_format(monthly[-1][0], "m.Y")
    parts.append(
        f'<text x="0" y="{height - 2}" font-size="10" fill="{AXIS}">{escape(first)}</text>'
    )
    if len(monthly) > 1:
        parts.append(
            f'<text x="{width}" y="{height - 2}" font-size="10" fill="{AXIS}" '
            f'text-anchor="end">{escape(last)}</text>'
        )
    summary = f"{label}: " + ", ".join(
        f"{date_format(month, 'm.Y')} {_number(value)}" for month, value in monthly
    )
    return mark_safe(  # noqa: S308 - numbers written here, texts escaped
        f'<svg class="indicators-chart" role="img" aria-label="{escape(summary)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        + "".join(parts)
        + "</svg>"
    )


def progress_bar(percent, *, width: int = 120, height: int = 10):
    """How much of the target is reached; full (and marked) beyond 100 %."""
    if percent is None:
        return ""
    filled = min(float(percent), 100.0) / 100 * width
    colour = SECOND if percent < 100 else BAR
    return mark_safe(  # noqa: S308 - numbers only
        f'<svg class="indicators-progress" role="img" aria-label="{_number(percent)} %" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f'<rect width="{width}" height="{height}" rx="3" fill="{BAR_EMPTY}"/>'
        f'<rect width="{filled:.1f}" height="{height}" rx="3" fill="{colour}"/></svg>'
    )


def horizontal_bars(items, *, label: str, width: int = 360, row: int = 20):
    """One labelled bar per ``(text, value)``, largest first, for a breakdown."""
    if not items:
        return ""
    top = max(float(value) for _text, value in items) or 1
    label_width = 110
    plot = width - label_width - 60
    parts = []
    for index, (text, value) in enumerate(items):
        y = index * row
        length = max(1, float(value) / top * plot)
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 14}" font-size="12" text-anchor="end" '
            f'fill="#333">{escape(str(text)[:18])}</text>'
            f'<rect x="{label_width}" y="{y + 4}" width="{length:.1f}" height="{row - 8}" '
            f'fill="{BAR}"><title>{escape(f"{text}: {_number(value)}")}</title></rect>'
            f'<text x="{label_width + length + 4:.1f}" y="{y + 14}" font-size="12" '
            f'fill="#333">{escape(_number(value))}</text>'
        )
    height = row * len(items)
    summary = f"{label}: " + ", ".join(f"{text} {_number(value)}" for text, value in items)
    return mark_safe(  # noqa: S308 - numbers written here, texts escaped
        f'<svg class="indicators-chart" role="img" aria-label="{escape(summary)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        + "".join(parts)
        + "</svg>"
    )


def paired_bars(pairs, *, label: str, legend: tuple[str, str], width: int = 560, row: int = 34):
    """Before and after, per question: ``(text, before %, after %)``; a share may be None."""
    if not pairs:
        return ""
    plot = width - 60
    colours = (AXIS, BAR)
    parts = []
    for index, (name, colour) in enumerate(zip(legend, colours, strict=True)):
        x = index * 140
        parts.append(
            f'<rect x="{x}" y="2" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 18}" y="12" font-size="12" fill="#333">{escape(name)}</text>'
        )
    top = 26
    for index, (text, before, after) in enumerate(pairs):
        y = top + index * (row + 18)
        parts.append(
            f'<text x="0" y="{y + 12}" font-size="12" fill="#333">{escape(str(text)[:90])}</text>'
        )
        for offset, share, colour, name in (
            (16, before, colours[0], legend[0]),
            (16 + row // 2, after, colours[1], legend[1]),
        ):
            length = (float(share) / 100 * plot) if share else 1
            shown = "—" if share is None else f"{_number(share)} %"
            parts.append(
                f'<rect x="0" y="{y + offset}" width="{length:.1f}" '
                f'height="{row // 2 - 3}" fill="{colour if share is not None else BAR_EMPTY}">'
                f"<title>{escape(f'{name}: {shown}')}</title></rect>"
                f'<text x="{length + 4:.1f}" y="{y + offset + 11}" '
                f'font-size="11" fill="#333">{escape(shown)}</text>'
            )
    height = top + len(pairs) * (row + 18)
    summary = f"{label}: " + "; ".join(
        f"{text}: {legend[0]} {before}, {legend[1]} {after}" for text, before, after in pairs
    )
    return mark_safe(  # noqa: S308 - numbers written here, texts escaped
        f'<svg class="indicators-chart" role="img" aria-label="{escape(summary)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        + "".join(parts)
        + "</svg>"
    )
