"""Blocks that carry words: paragraphs, headings, quotes and the sources behind them."""

import datetime
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .lookups import lookups_from
from .validation import FieldErrors, is_allowed_link

PREVIEW_TEMPLATE = "cms/blocks/preview.html"

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]

# What the features above store, plus the synonyms an import may bring in. Anything
# else (script, iframe, style, img …) is raw HTML that the editor cannot show or edit.
ALLOWED_TAGS = frozenset({"p", "br", "b", "strong", "i", "em", "a", "ol", "ul", "li"})


class _RichTextScanner(HTMLParser):
    """Finds the tags and link targets that stored rich text must not contain.

    Wagtail's editor drops unsafe links, but stored content also arrives from
    imports, translations and the API, which never pass through the editor.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.bad_tags = []
        self.bad_links = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.bad_tags.append(tag)
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if not is_allowed_link(href):
                self.bad_links.append(href)


class StoryTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault("help_text", _("Paragraphs with bold, italic, lists and links."))
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        scanner = _RichTextScanner()
        scanner.feed(value.source or "")
        scanner.close()
        if scanner.bad_links:
            raise ValidationError(
                _(
                    "The link “%(href)s” cannot be used: links may only lead to web pages, "
                    "e-mail addresses or phone numbers."
                ),
                params={"href": scanner.bad_links[0][:80]},
            )
        if scanner.bad_tags:
            raise ValidationError(
                _("Text may not contain HTML code such as <%(tag)s>. Use the editor's buttons."),
                params={"tag": scanner.bad_tags[0]},
            )
        return value

    def get_api_representation(self, value, context=None):
        """HTML to show as it is: links lead to the front-end's pages in the served language."""
        return lookups_from(context).rich_text.render(value.source if value else "")

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        description = _("Running text of the story.")
        template = "cms/blocks/rich_text.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = (
            "<p>Бишкекте туулган Айгүл <b>Москвада</b> он жыл иштеп, үйүнө кайтып "
            "наабайкана ачты.</p><ul><li>12 жумуш орду</li><li>3 айыл</li></ul>"
        )


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=150)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        help_text=_("Use a subsection only under a section."),
    )

    def clean(self, value):
        check = FieldErrors(self, super().clean, value)
        text = "" if "text" in check else check.value["text"].strip()
        if text.endswith(".") and not text.endswith(".."):
            check.add("text", _("Headings do not end with a full stop."))
        return check.raise_if_any()

    def get_api_representation(self, value, context=None):
        return {"text": value["text"], "level": value["level"]}

    class Meta:
        icon = "title"
        label = _("Heading")
        help_text = _("A short title that opens a part of the story.")
        description = _("Splits a long story into parts readers can scan.")
        template = "cms/blocks/heading.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"text": "Үйгө кайтуу", "level": "h2"}


class PullQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        label=_("Quote"),
        max_length=600,
        help_text=_("The person's own words, without quotation marks."),
    )
    attribution = blocks.CharBlock(label=_("Who said it"), max_length=150)
    role = blocks.CharBlock(
        label=_("Role"),
        required=False,
        max_length=200,
        help_text=_("E.g. “founder of a bakery in Talas”."),
    )

    def clean(self, value):
        check = FieldErrors(self, super().clean, value)
        quote = "" if "quote" in check else check.value["quote"].strip()
        if quote and quote[0] in '«“"„' and quote[-1] in '»”"“':
            check.add("quote", _("Leave out the quotation marks: the design adds them."))
        return check.raise_if_any()

    def get_api_representation(self, value, context=None):
        return {
            "quote": value["quote"],
            "attribution": value["attribution"],
            "role": value["role"] or "",
        }

    class Meta:
        icon = "openquote"
        label = _("Pull quote")
        help_text = _("A sentence from the story worth repeating, with who said it.")
        description = _("Highlights a person's own words in large type.")
        template = "cms/blocks/pull_quote.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "quote": "Мекенге салынган ар бир сом кайра өзүбүзгө кайтат.",
            "attribution": "Айгүл Асанова",
            "role": "Таластагы наабайкананын ээси",
        }


class SourceCitationBlock(blocks.StructBlock):
    publisher = blocks.CharBlock(
        label=_("Publisher"),
        max_length=200,
        help_text=_("Organisation or outlet, e.g. “National Statistical Committee”."),
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=300)
    url = blocks.URLBlock(label=_("Web address"), required=False)
    date = blocks.DateBlock(label=_("Date published"), required=False)

    def clean(self, value):
        check = FieldErrors(self, super().clean, value)
        date = None if "date" in check else check.value["date"]
        if date and date > timezone.localdate():
            check.add("date", _("The publication date cannot be in the future."))
        return check.raise_if_any()

    def get_api_representation(self, value, context=None):
        return {
            "publisher": value["publisher"],
            "title": value["title"] or "",
            "url": value["url"] or None,
            "date": value["date"].isoformat() if value["date"] else None,
        }

    class Meta:
        icon = "doc-full"
        label = _("Source")
        help_text = _("Where a figure or fact in the story comes from.")
        description = _("Cites the publication behind a fact, with a link when there is one.")
        template = "cms/blocks/source_citation.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "publisher": "Кыргыз Республикасынын Улуттук статистика комитети",
            "title": "Эмгек миграциясы, 2023",
            "url": "https://www.stat.kg/",
            "date": datetime.date(2024, 3, 1),
        }
