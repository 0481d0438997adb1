"""A whole StreamField as typed JSON for the Content API, with every chooser expanded.

Each block's ``get_api_representation`` expands its own choosers through the
``ApiLookups`` in its context; this module fills that batch for the whole stream
first, so a body with thirty photos costs the same few queries as one with a single
photo. A single rich text field (a theme's introduction, a list of items) goes
through ``render_rich_text`` / ``render_rich_texts``: stored rich text points at pages,
documents and images by id, and front-ends need plain HTML with links to their own
URLs in the served language.
"""

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import get_text_for_indexing

from .lookups import CONTEXT_KEY, ApiLookups


def _leaves(block, value):
    """Every (block, value) below a container block, choosers and rich text included."""
    if value is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _leaves(child.block, child.value)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _leaves(block.child_block, item)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _leaves(child_block, value.get(name))
    else:
        yield block, value


def prefetch_stream(stream_block, value, lookups: ApiLookups) -> None:
    """Load every image, page and document the stream points at, one query per kind.

    Wagtail turns stored ids into objects once per block type while the stream is
    read; the batch then loads only what the API shows (public items, preset
    renditions, the served translation of each page).
    """
    image_ids, page_ids, fragments = [], [], []
    for block, leaf in _leaves(stream_block, value):
        if isinstance(block, ImageChooserBlock):
            image_ids.append(leaf.pk)
        elif isinstance(block, blocks.PageChooserBlock):
            page_ids.append(leaf.pk)
        elif isinstance(block, blocks.RichTextBlock):
            fragments.append(leaf.source)
    lookups.load_images(image_ids)
    lookups.load_pages(page_ids)
    lookups.rich_text.collect(fragments)


def stream_context(stream_block, value, context=None) -> dict:
    """The context to serialise a stream with: the caller's, plus a filled batch."""
    context = dict(context or {})
    lookups = context.get(CONTEXT_KEY)
    if lookups is None:
        lookups = context[CONTEXT_KEY] = ApiLookups(context.get("language_code"))
    context["language_code"] = lookups.language_code
    prefetch_stream(stream_block, value, lookups)
    return context


def stream_to_json(stream_value, language_code: str) -> list[dict]:
    """``[{"type", "id", "value"}]`` for a StreamField value, in the served language.

    ``language_code`` is the language the content is served in: texts of images fall
    back from it, and links go to the translation of a page in it when one is live.
    """
    if not stream_value:
        return []
    stream_block = stream_value.stream_block
    context = stream_context(stream_block, stream_value, {"language_code": language_code})
    return [
        {
            "type": child.block.name,
            "id": child.id,
            "value": child.block.get_api_representation(child.value, context=context),
        }
        for child in stream_value
    ]


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
