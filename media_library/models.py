from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model_string
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage, AbstractRendition

from .enums import Licence, ReleaseStatus


class CustomImage(AbstractImage):
    """A photo with what a responsible archive keeps: rights, consent and per-language texts.

    Images are shared by every locale (wagtail-localize does not translate them), so
    the texts that describe an image are kept on the image once per language;
    ``description`` is Wagtail's own alt-text field and holds the Kyrgyz text.
    """

    description = models.CharField(
        _("alt text (Kyrgyz)"),
        max_length=255,
        blank=True,
        default="",
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    alt_text_ru = models.CharField(_("alt text (Russian)"), max_length=255, blank=True)
    alt_text_en = models.CharField(_("alt text (English)"), max_length=255, blank=True)
    caption = models.CharField(_("caption (Kyrgyz)"), max_length=500, blank=True)
    caption_ru = models.CharField(_("caption (Russian)"), max_length=500, blank=True)
    caption_en = models.CharField(_("caption (English)"), max_length=500, blank=True)

    photographer = models.CharField(_("photographer"), max_length=255, blank=True)
    credit_line = models.CharField(
        _("credit line"),
        max_length=255,
        blank=True,
        help_text=_("As it must be printed, e.g. “Photo: A. Asanov / IOM Kyrgyzstan”."),
    )
    licence = models.CharField(
        _("licence"), max_length=20, choices=Licence.choices, default=Licence.ALL_RIGHTS_RESERVED
    )
    release_status = models.CharField(
        _("people pictured"),
        max_length=20,
        choices=ReleaseStatus.choices,
        default=ReleaseStatus.NOT_NEEDED,
        help_text=_("A photo of people without a recorded release cannot go on a published page."),
    )
    release_reference = models.CharField(
        _("release reference"),
        max_length=255,
        blank=True,
        help_text=_("Number or name of the signed consent form."),
    )
    release_form = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("release form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The scanned consent form, kept in the private “Consent forms” collection."),
    )
    minors_present = models.BooleanField(
        _("minors pictured"),
        default=False,
        help_text=_("Children need their guardian's recorded release."),
    )
    location_shown = models.CharField(_("location shown"), max_length=255, blank=True)
    date_taken = models.DateField(_("date taken"), null=True, blank=True)

    admin_form_fields = (
        "title",
        "file",
        "description",
        "alt_text_ru",
        "alt_text_en",
        "caption",
        "caption_ru",
        "caption_en",
        "photographer",
        "credit_line",
        "licence",
        "release_status",
        "release_reference",
        "release_form",
        "minors_present",
        "location_shown",
        "date_taken",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, related_name="renditions", on_delete=models.CASCADE)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """Documents: public reports, and consent forms kept in a private collection."""

    description = models.CharField(_("description"), max_length=500, blank=True)

    admin_form_fields = ("title", "file", "description", "collection", "tags")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]


