import os
from functools import partial

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model_string
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage, AbstractRendition, get_upload_to
from wagtail.search import index

from .enums import Licence, ReleaseStatus
from .fields import PrivateImageField
from .private_files import is_private_collection, random_name, relocate
from .storage import PRIVATE_PREFIX, is_private_name
from .tasks import generate_preset_renditions

# A change to any of these makes every preset rendition stale.
RENDITION_SOURCE_FIELDS = (
    "file",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
)


class CustomImage(AbstractImage):
    """A photo with what a responsible archive keeps: rights, consent and per-language texts.

    Images are shared by every locale (wagtail-localize does not translate them), so
    the texts that describe an image are kept on the image once per language;
    ``description`` is Wagtail's own alt-text field and holds the Kyrgyz text.
    ``alt_text_for()`` and ``caption_for()`` pick the text for a language along
    ``settings.CONTENT_LOCALE_FALLBACK`` and say which language they found it in, so the
    API can mark a fallback (e.g. with ``lang`` on the ``<img>``).
    """

    file = PrivateImageField(
        verbose_name=_("file"),
        upload_to=get_upload_to,
        width_field="width",
        height_field="height",
        date_taken_field="date_taken",
    )

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
        default=ReleaseStatus.UNDESCRIBED,
        help_text=_(
            "Say whether the photo shows people. A new photo is “not yet described” and "
            "a photo of people without a recorded release cannot go on a published page."
        ),
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

    # The public-image rule (``media_library.public``) and the library's filters must
    # also apply while searching.
    search_fields = [
        *AbstractImage.search_fields,
        index.FilterField("release_status"),
        index.FilterField("minors_present"),
        index.FilterField("licence"),
        index.FilterField("credit_line"),
    ]

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

    ALT_TEXT_FIELDS = {"ky": "description", "ru": "alt_text_ru", "en": "alt_text_en"}
    CAPTION_FIELDS = {"ky": "caption", "ru": "caption_ru", "en": "caption_en"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_rendition_source = self._rendition_source() if self.pk else None

    def alt_text_for(self, language_code: str) -> tuple[str, str | None]:
        """``(text, language it is in)``, or ``("", None)`` when no language has one."""
        return self._text_for(self.ALT_TEXT_FIELDS, language_code)

    def caption_for(self, language_code: str) -> tuple[str, str | None]:
        return self._text_for(self.CAPTION_FIELDS, language_code)

    def _text_for(self, fields: dict[str, str], language_code: str) -> tuple[str, str | None]:
        chain = [language_code, *settings.CONTENT_LOCALE_FALLBACK]
        for code in dict.fromkeys(chain):
            text = getattr(self, fields[code], "").strip() if code in fields else ""
            if text:
                return text, code
        return "", None

    def get_upload_to(self, filename):
        if is_private_collection(self.collection_id):
            return random_name("original_images", filename)
        return super().get_upload_to(filename)

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            # Store (and clean) the file first, so that the size and hash Wagtail
            # records describe the stored file rather than the upload.
            self.file.save(self.file.name, self.file.file, save=False)
            self._set_image_file_metadata()
        super().save(*args, **kwargs)
        self.move_to_its_storage()
        source = self._rendition_source()
        if source != self._saved_rendition_source:
            self._saved_rendition_source = source
            transaction.on_commit(partial(generate_preset_renditions.enqueue, self.pk))

    def move_to_its_storage(self) -> bool:
        """Follow the collection's privacy; renditions are dropped and made again.

        Renditions carry the original's name, so a photo made private must not keep
        them under its old public name; the presets are queued again.
        """
        if not relocate(self, "original_images"):
            return False
        for rendition in self.renditions.all():
            rendition.delete()
        self._saved_rendition_source = self._rendition_source()
        transaction.on_commit(partial(generate_preset_renditions.enqueue, self.pk))
        return True

    def _rendition_source(self) -> tuple:
        """Read from ``__dict__`` so that deferred fields are never loaded for this."""
        values = [self.__dict__.get(name) for name in RENDITION_SOURCE_FIELDS]
        values[0] = getattr(values[0], "name", values[0])
        return tuple(values)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, related_name="renditions", on_delete=models.CASCADE)

    def get_upload_to(self, filename):
        """Beside the original: private renditions of private photos, never a dot-file.

        Wagtail keeps rendition names under 60 characters by cutting the original's
        name, so a long filter spec leaves none of it (``.2e16d0ba.fill-….jpg``), and
        web servers commonly refuse dot-files.
        """
        original = self.image.file.name
        if filename.startswith("."):
            stem = os.path.splitext(os.path.basename(original))[0].strip(". ")[:12]
            filename = (stem or "image") + filename
        name = super().get_upload_to(filename)
        return PRIVATE_PREFIX + name if is_private_name(original) else name

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def document_upload_to(instance, filename):
    """Consent forms get a random name: their file names are usually the person's name."""
    if is_private_collection(instance.collection_id):
        return random_name("documents", filename)
    return f"documents/{os.path.basename(filename)}"


class CustomDocument(AbstractDocument):
    """Documents: public reports, and consent forms kept in a private collection."""

    file = models.FileField(upload_to=document_upload_to, verbose_name=_("file"))
    description = models.CharField(_("description"), max_length=500, blank=True)

    admin_form_fields = ("title", "file", "description", "collection", "tags")

    def clean(self):
        # With no file, the form has already said why the upload was refused; Wagtail's
        # extension check would add "File extension “” is not allowed" to it.
        if self.file:
            super().clean()

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.move_to_its_storage()

    def move_to_its_storage(self) -> bool:
        return relocate(self, "documents")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]
