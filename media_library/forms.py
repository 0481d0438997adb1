"""Admin upload forms: refuse what we will not store, with a message the editor can act on.

Set as WAGTAILIMAGES_IMAGE_FORM_BASE and WAGTAILDOCS_DOCUMENT_FORM_BASE, so the add,
edit and multiple-upload views all use them.
"""

import os

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .document_checks import SNIFF_BYTES, document_content_problem
from .image_privacy import UnsafeImageError, inspect_image, strip_private_metadata


class ContentCheckedImageField(WagtailImageField):
    """Wagtail's image field, with the size checked first and the type taken from content.

    Wagtail refuses a PNG named ``photo.jpg``; here it is accepted and renamed
    ``photo.png``. SVG is refused whatever its name: it can carry script.
    """

    def to_python(self, data):
        size = getattr(data, "size", None)
        if self.max_upload_size is not None and size is not None and size > self.max_upload_size:
            # Before Wagtail reads the upload into memory to open it.
            raise ValidationError(
                self.error_messages["file_too_large"]
                % {"file_size": filesizeformat(size), "max_filesize": self.max_upload_size_text},
                code="file_too_large",
            )
        f = super().to_python(data)
        if f is not None:
            f.metadata_stripped = self._strip(f)
        return f

    def _strip(self, f):
        """Clean the file now, so a file that cannot be cleaned is refused with a message.

        The result rides on the upload, as Django's own ``f.image`` does: the storage
        path and Wagtail's parked uploads (``UploadedFile``) store it instead of
        cleaning the same bytes again.
        """
        f.seek(0)
        try:
            return strip_private_metadata(f.read())
        except UnsafeImageError as error:
            raise ValidationError(str(error), code="unsafe_image") from error
        finally:
            f.seek(0)

    def check_image_pixel_size(self, f):
        # The header alone tells the size: refuse bombs before Wagtail counts frames,
        # which decodes the file and fails with a server error on a truncated one.
        try:
            inspect_image(f)
        except UnsafeImageError as error:
            raise ValidationError(str(error), code="unsafe_image") from error
        finally:
            f.seek(0)
        try:
            super().check_image_pixel_size(f)
        except OSError as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error

    def check_image_file_format(self, f):
        actual = f.image.format_name
        if actual == "svg":
            # Willow calls any markup "svg"; name SVG only when it is one.
            f.seek(0)
            is_svg = b"<svg" in f.read(SNIFF_BYTES).lower()
            f.seek(0)
            if not is_svg:
                raise ValidationError(self.error_messages["invalid_image"], code="invalid_image")
            raise ValidationError(
                _("SVG images are not accepted because they can contain scripts. Upload a PNG."),
                code="svg_refused",
            )
        extension = "jpg" if actual == "jpeg" else actual
        stem, current = os.path.splitext(f.name)
        if extension in self.allowed_image_extensions and current.lower() not in (
            f".{extension}",
            f".{actual}",
        ):
            f.name = f"{stem}.{extension}"
        super().check_image_file_format(f)


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            self.fields["file"] = ContentCheckedImageField(
                label=field.label, required=field.required, widget=field.widget
            )
        if self.is_bound:
            self._let_defaults_stand_in()

    def _let_defaults_stand_in(self):
        """Fields left out of the submission take their model default.

        Wagtail's multiple upload submits only the file, title and collection. Without
        this, the required licence and release fields would fail, and Wagtail would
        park the upload (uncleaned, in ``uploaded_files/``) until the editor completes
        a second form. Django's ``construct_instance`` already uses the default for an
        omitted field; only the "required" check stood in the way.
        """
        model_meta = self._meta.model._meta
        for name, form_field in self.fields.items():
            try:
                model_field = model_meta.get_field(name)
            except FieldDoesNotExist:
                continue
            omitted = form_field.widget.value_omitted_from_data(
                self.data, self.files, self.add_prefix(name)
            )
            if model_field.has_default() and omitted:
                form_field.required = False


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        f = self.cleaned_data.get("file")
        if isinstance(f, UploadedFile):
            # The name first, so a refused page.html is told about its extension, once.
            allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None)
            if allowed:
                FileExtensionValidator(allowed)(f)
            f.seek(0)
            head = f.read(SNIFF_BYTES)
            f.seek(0)
            extension = os.path.splitext(f.name)[1].lower().lstrip(".")
            problem = document_content_problem(head, extension)
            if problem:
                raise ValidationError(problem, code="unsafe_document")
        return f
