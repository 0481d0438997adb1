"""Rich text as the Content API gives it to front-ends.

Stored rich text points at pages, documents and images by id. Front-ends need plain
HTML instead: page links to their own URLs in the served language, document links
to the file's public address, images as an existing rendition. A whole StreamField
goes through ``cms.blocks.api.stream_to_json``, which resolves all its fragments in
one batch; these functions are for a single rich text field.
"""

from wagtail.rich_text import get_text_for_indexing

from cms.blocks.lookups import ApiLookups

ELLIPSIS = "…"
# Not left dangling before the ellipsis.
TRAILING_PUNCTUATION = " ,;:.–—-"


def render_rich_text(html: str, language_code: str) -> str:
    """Front-end HTML for a stored rich text value (a string or Wagtail's ``RichText``)."""
    source = getattr(html, "source", html) or ""
    return ApiLookups(language_code).rich_text.render(source)


def render_rich_texts(htmls, language_code: str) -> list[str]:
    """Several values in one language (e.g. a page of list items), looked up together.

    Calling ``render_rich_text`` per item would cost the link lookups once per item.
    """
    sources = [getattr(html, "source", html) or "" for html in htmls]
    renderer = ApiLookups(language_code).rich_text
    renderer.collect(sources)
    return [renderer.render(source) for source in sources]


def plain_text_excerpt(html: str, length: int = 300) -> str:
    """The text without tags, whitespace collapsed, at most ``length`` characters.

    A longer text is cut at the last word boundary and ends in "…", so previews and
    social cards never end in half a word (a single overlong word is cut).
    """
    text = " ".join(get_text_for_indexing(str(html or "")).split())
    if len(text) <= length:
        return text
    limit = max(length - len(ELLIPSIS), 0)
    cut = text[:limit]
    if not text[limit].isspace():
        head, space, _rest = cut.rpartition(" ")
        if space:
            cut = head
    return cut.rstrip(TRAILING_PUNCTUATION) + ELLIPSIS
