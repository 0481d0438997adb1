"""The exhibition as pages: the exhibition, its sections (child pages) and their exhibits.

Sections are pages below the exhibition, each with its ordered exhibits inline, because
Wagtail's editor cannot nest an inline list inside another; a section is translated,
reviewed and published like any page. Each exhibit keeps its ``translation_key`` in
every language, which is what its short link (``ShortLink.exhibit_key``) names.
"""

from modelcluster.fields import ParentalKey

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.fields import SynchronizedField

from cms.blocks.providers import UnsupportedURL, parse_audio_url, parse_video_url
from cms.publication import PublicationRuleMixin

from ..forms import ExhibitionPageForm, ExhibitionSectionForm

RICH_TEXT = ["bold", "italic", "link", "ul", "ol"]
YEAR_VALIDATORS = [MinValueValidator(1900), MaxValueValidator(2100)]


class ExhibitionPage(PublicationRuleMixin, Page):
    """A photo exhibition: its texts and credits; sections below, the tour beside it."""

    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR_VALIDATORS)
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT)
    curator_text = RichTextField(_("curator's text"), blank=True, features=RICH_TEXT)
    credits = RichTextField(
        _("credits"),
        blank=True,
        features=RICH_TEXT,
        help_text=_("Curators, photographers, partners and sponsors of the exhibition."),
    )
    cover_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("cover photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    override_translatable_fields = [SynchronizedField("year")]
    base_form_class = ExhibitionPageForm
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["exhibitions.ExhibitionSection"]
    template = "exhibitions/exhibition_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("year"),
        FieldPanel("cover_image"),
        FieldPanel("introduction"),
        FieldPanel("curator_text"),
        FieldPanel("credits"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("curator_text"),
        index.FilterField("year"),
    ]
    api_fields = [
        APIField("year"),
        APIField("introduction"),
        APIField("curator_text"),
        APIField("credits"),
    ]

    class Meta:
        verbose_name = _("exhibition")
        verbose_name_plural = _("exhibitions")

    def images_in_use(self):
        if self.cover_image_id:
            yield self.cover_image

    def sections(self):
        """The sections in the editor's order (the page tree's order)."""
        return ExhibitionSection.objects.child_of(self).order_by("path")


class ExhibitionSection(PublicationRuleMixin, Page):
    """A part of the exhibition with its exhibits in order; a photo of people without a
    recorded release keeps it from being published (``cms.publication``)."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT)

    base_form_class = ExhibitionSectionForm
    parent_page_types = ["exhibitions.ExhibitionPage"]
    subpage_types = []
    template = "exhibitions/exhibition_section.html"

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        InlinePanel("exhibits", heading=_("Exhibits"), label=_("Exhibit")),
    ]
    api_fields = [APIField("introduction")]

    class Meta:
        verbose_name = _("exhibition section")
        verbose_name_plural = _("exhibition sections")

    def images_in_use(self):
        for exhibit in self.exhibits.all():
            if exhibit.image_id:
                yield exhibit.image


class Exhibit(TranslatableMixin, Orderable):
    """One photo on the wall: its texts in each language, who and where it shows, its
    year, the story it tells and an optional audio guide and video.

    Credit and licence are the photo's own, as recorded in the media library. People,
    place and story point at the Kyrgyz rows; readers show each in the best language.
    """

    page = ParentalKey(ExhibitionSection, related_name="exhibits", on_delete=models.CASCADE)
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=200)
    caption = models.TextField(
        _("caption"), blank=True, help_text=_("What the photo shows, for the label.")
    )
    people = StreamField(
        [("person", SnippetChooserBlock("stories.Person", label=_("Person")))],
        verbose_name=_("people shown"),
        blank=True,
    )
    place = models.ForeignKey(
        "stories.Place",
        verbose_name=_("place shown"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    story = models.ForeignKey(
        "stories.SuccessStoryPage",
        verbose_name=_("success story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The story the photo belongs to; its QR code leads there."),
    )
    audio_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("audio guide (file)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audio_url = models.URLField(
        _("audio guide (address)"),
        blank=True,
        help_text=_("SoundCloud, Spotify, Apple Podcasts, Castbox, or an .mp3 file."),
    )
    video_url = models.URLField(
        _("video on YouTube"), blank=True, help_text=_("The exhibit's video in the archive.")
    )

    override_translatable_fields = [
        SynchronizedField("image"),
        SynchronizedField("people"),
        SynchronizedField("place"),
        SynchronizedField("year"),
        SynchronizedField("story"),
        SynchronizedField("audio_document"),
        SynchronizedField("audio_url"),
        SynchronizedField("video_url"),
    ]
    panels = [
        FieldPanel("image"),
        FieldPanel("title"),
        FieldPanel("caption"),
        FieldPanel("people"),
        FieldRowPanel([FieldPanel("place"), FieldPanel("year")]),
        FieldPanel("story"),
        MultiFieldPanel(
            [FieldPanel("audio_document"), FieldPanel("audio_url"), FieldPanel("video_url")],
            heading=_("Audio and video"),
        ),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("exhibit")
        verbose_name_plural = _("exhibits")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.video_url:
            try:
                embed = parse_video_url(self.video_url)
            except UnsupportedURL as error:
                errors["video_url"] = error.message
            else:
                if embed.provider != "youtube":
                    errors["video_url"] = _("Give the video's address on YouTube.")
        if self.audio_url:
            try:
                parse_audio_url(self.audio_url)
            except UnsupportedURL as error:
                errors["audio_url"] = error.message
        if self.audio_url and self.audio_document_id:
            errors["audio_url"] = _("Give the audio guide as a file or an address, not both.")
        if errors:
            raise ValidationError(errors)

    def person_ids(self) -> list[int]:
        """The people's ids as stored, without loading them."""
        return [block["value"] for block in self.people.raw_data if block.get("value")]
