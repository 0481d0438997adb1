"""How a channel counts a text, and where a text may be cut.

Channels count characters, never bytes. Which characters is not documented (see
``channels.py``): a flag or a family emoji is one symbol on screen but two to eleven
UTF-16 code units. Counting UTF-16 units, as the editor's browser does
(``String.length``), never lets a text past a limit counted in code points.

A cut must never fall inside a symbol, so texts are walked as extended grapheme
clusters (``\\X``). Python's ``re`` has no ``\\X``; the ``regex`` package (pinned in
requirements.txt) implements Unicode's segmentation rules, including ZWJ sequences,
flags and skin tones, which a home-made table would get wrong as Unicode grows.
"""

import regex

from .channels import Unit

_GRAPHEME = regex.compile(r"\X")
# A URL or a hashtag is one token: never cut, even where it holds punctuation.
URL = regex.compile(r"https?://\S+?(?=[.,;:!?…»\"')\]]*(?:\s|$))", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?…](?:[»\"')\]]*)\s+|\n\s*")


def count(text: str, unit: Unit = Unit.UTF16) -> int:
    if unit == Unit.CODE_POINTS:
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def graphemes(text: str) -> list[str]:
    return _GRAPHEME.findall(text)


def urls(text: str) -> list[str]:
    return URL.findall(text)


def _protected_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in URL.finditer(text)]


def _inside(position: int, spans) -> bool:
    return any(start < position < end for start, end in spans)


def _cut_points(text: str) -> tuple[list[int], list[int]]:
    """Code point offsets where the text may end: after a sentence, and after a word.

    Offsets are taken only between grapheme clusters, before white space, and outside
    URLs; a hashtag ends at white space, so it is never split either.
    """
    spans = _protected_spans(text)
    boundaries = set()
    position = 0
    for cluster in graphemes(text):
        position += len(cluster)
        boundaries.add(position)
    words = [
        index
        for index, character in enumerate(text)
        if character.isspace() and index in boundaries and not _inside(index, spans)
    ]
    sentences = [
        match.start() + len(match.group(0).rstrip())
        for match in _SENTENCE_END.finditer(text)
        if not _inside(match.start(), spans)
    ]
    return sorted(set(sentences)), sorted(set(words))


ELLIPSIS = "…"


def _prefix_units(text: str, unit: Unit) -> list[int]:
    """``units[i]`` is the count of ``text[:i]``: one pass instead of one count per cut."""
    units = [0]
    for character in text:
        units.append(units[-1] + (count(character, unit)))
    return units


def shorten(text: str, budget: int, unit: Unit = Unit.UTF16) -> tuple[str, bool]:
    """``text`` within ``budget`` units, and whether it was shortened.

    The last whole sentence that fits is kept when it fills at least half the budget;
    otherwise the text ends at the last whole word, with an ellipsis. A text whose first
    word does not fit comes back empty: half a word is never sent.
    """
    text = text.strip()
    if count(text, unit) <= budget:
        return text, False
    if budget <= 0:
        return "", True
    units = _prefix_units(text, unit)
    sentences, words = _cut_points(text)
    sentence = max((end for end in sentences if units[end] <= budget), default=0)
    if sentence and units[sentence] * 2 >= budget:
        return text[:sentence], True
    room = budget - count(" " + ELLIPSIS, unit)
    word = max((end for end in words if units[end] <= room), default=0)
    kept = text[:word].rstrip(",;:—–- \t\n")
    if sentence and units[sentence] >= count(kept, unit):
        return text[:sentence], True
    if not kept:
        return "", True
    # An ellipsis glued to a link or a hashtag would become part of it.
    last = kept.split()[-1]
    glue = " " if URL.fullmatch(last) or last.startswith("#") else ""
    return kept + glue + ELLIPSIS, True
