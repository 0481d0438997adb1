"""Stored rich text turned into HTML that front-ends can show as it is.

Wagtail's own ``expand_db_html`` links pages to this CMS, in the language active in
the request, and makes image renditions while rendering. Front-ends need links to
their own pages in the served language, and an API request must never make a
rendition, so the same rewriters run here with rules of our own. Lookups are done in
batches (see ``ApiLookups``): ``collect()`` every fragment of a body first, then
``render()`` each one without further queries.
"""

from collections import defaultdict

from django.utils.html import format_html

from wagtail.rich_text import features
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter

from .validation import is_allowed_link

UNSAFE_LINK = "unsafe"
# Only uncropped presets stand in for an image placed in running text.
EMBED_RENDITIONS = ("full.webp", "full.jpeg")


class _LinkRewriter(LinkRewriter):
    """Also catches links whose scheme is not allowed; Wagtail leaves those untouched."""

    def get_tag_type_from_attrs(self, attrs):
        tag_type = super().get_tag_type_from_attrs(attrs)
        if tag_type is None and not is_allowed_link(attrs.get("href", "")):
            return UNSAFE_LINK
        return tag_type


class RichTextRenderer:
    """Renders rich text for one served language, through an ``ApiLookups``."""

    def __init__(self, lookups):
        self.lookups = lookups
        link_rules = {
            **{
                linktype: handler.expand_db_attributes_many
                for linktype, handler in features.get_link_types().items()
            },
            "page": self._page_links,
            "document": self._document_links,
            UNSAFE_LINK: self._no_links,
        }
        self._links = _LinkRewriter(bulk_rules=link_rules)
        # Other embed types (oEmbed media) would call a third party: they are dropped.
        self._embeds = EmbedRewriter(bulk_rules={"image": self._images})

    def collect(self, fragments) -> None:
        """Load everything these fragments point at, one query per kind."""
        ids = defaultdict(list)
        for html in fragments:
            for rewriter in (self._links, self._embeds):
                for tag_type, matches in rewriter.extract_tags(html).items():
                    ids[tag_type].extend(match.attrs.get("id") for match in matches)
        self.lookups.load_pages(ids["page"])
        self.lookups.load_documents(ids["document"])
        self.lookups.load_images(ids["image"])

    def render(self, html: str) -> str:
        if not html:
            return ""
        self.collect([html])
        return self._embeds(self._links(html))

    def _page_links(self, attrs_list):
        pages = [self.lookups.page(attrs.get("id")) for attrs in attrs_list]
        return [
            format_html('<a href="{}">', self.lookups.page_url(page)) if page else "<a>"
            for page in pages
        ]

    def _document_links(self, attrs_list):
        urls = [self.lookups.document_url(attrs.get("id")) for attrs in attrs_list]
        return [format_html('<a href="{}">', url) if url else "<a>" for url in urls]

    def _no_links(self, attrs_list):
        return ["<a>"] * len(attrs_list)

    def _images(self, attrs_list):
        return [self._image_tag(attrs) for attrs in attrs_list]

    def _image_tag(self, attrs) -> str:
        """An existing uncropped rendition, or nothing: never one made for this request."""
        image = self.lookups.image_object(attrs.get("id"))
        if image is None:
            return ""
        key = next((key for key in EMBED_RENDITIONS if key in image["renditions"]), None)
        if key is None:
            return ""
        rendition = image["renditions"][key]
        alt = attrs.get("alt") or image["alt"]
        language = image["text_locale"] if not attrs.get("alt") else None
        return format_html(
            '<img src="{}" srcset="{}" width="{}" height="{}" alt="{}"{} data-image-id="{}">',
            rendition["url"],
            image["srcset"][rendition["format"]],
            rendition["width"],
            rendition["height"],
            alt,
            format_html(' lang="{}"', language)
            if language and language != self.lookups.language_code
            else "",
            image["id"],
        )
