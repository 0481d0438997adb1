"""The image file field that cleans every photo on its way into storage.

Cleaning lives in the field file's ``save()`` because every way of storing an image
goes through it: a model save with a new file, Wagtail's admin and multiple-upload
views, and ``image.file.save(...)`` as Wagtail's "create from uploaded file" view calls
it. A model ``save()`` or ``pre_save`` signal would miss that last path.
"""

import os

from django.core.files.base import ContentFile

from wagtail.images.models import WagtailImageField, WagtailImageFieldFile

from .image_privacy import strip_private_metadata


class PrivateImageFieldFile(WagtailImageFieldFile):
    def save(self, name, content, save=True):
        # The upload form has cleaned it already when it checked the file could be.
        cleaned = getattr(content, "metadata_stripped", None)
        if cleaned is None:
            content.seek(0)
            cleaned = strip_private_metadata(content.read())
        date_field = self.field.date_taken_field
        if date_field and cleaned.date_taken and not getattr(self.instance, date_field):
            setattr(self.instance, date_field, cleaned.date_taken)
        # A PNG uploaded as photo.jpg is stored as photo.png: the name follows the content.
        # A name that is all extension (".jpg") would make a dot-file: it becomes "photo".
        stem = os.path.basename(name).rsplit(".", 1)[0].strip(". ") or "photo"
        name = f"{stem}.{cleaned.extension}"
        super().save(name, ContentFile(cleaned.data, name=name), save)


class PrivateImageField(WagtailImageField):
    attr_class = PrivateImageFieldFile

    def __init__(self, *args, date_taken_field=None, **kwargs):
        self.date_taken_field = date_taken_field
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.date_taken_field:
            kwargs["date_taken_field"] = self.date_taken_field
        return name, path, args, kwargs
