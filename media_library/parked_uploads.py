"""Uploads that Wagtail's multiple uploader parks while the editor completes a form.

When a multiple-upload form fails on any field but the file (an empty title from a file
named ``.jpg``, a collection removed while the page was open), Wagtail stores the raw
upload as a ``wagtail.models.UploadedFile`` under ``wagtail_uploads/`` and keeps it until
the editor finishes or discards it — forever, if the tab is closed. Here:

- the file is cleaned before it is stored (the same stripping as every image; the upload
  form has done the work already), under a random name, in private storage (the
  ``wagtail_uploads/`` folder is routed there, see ``storage.py``);
- abandoned uploads are removed after ``PARKED_UPLOAD_MAX_AGE_HOURS``: by a task queued
  for that time when the task backend can defer, and by ``manage.py
  remove_parked_uploads`` for any backend (run it from cron).
"""

import datetime
import os
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from .image_privacy import strip_private_metadata
from .storage import PARKED_UPLOADS_PREFIX


def max_age() -> datetime.timedelta:
    return datetime.timedelta(hours=settings.PARKED_UPLOAD_MAX_AGE_HOURS)


def clean_parked_upload(sender, instance, raw=False, **kwargs):
    """``pre_save`` of ``UploadedFile``: replace the raw upload with its cleaned copy."""
    if raw or not instance.file or instance.file._committed:
        return
    upload = instance.file.file
    extension = os.path.splitext(instance.file.name)[1].lower()
    content_type = instance.for_content_type
    if content_type is not None and content_type.model_class() is get_image_model():
        cleaned = getattr(upload, "metadata_stripped", None)
        if cleaned is None:
            upload.seek(0)
            cleaned = strip_private_metadata(upload.read())
        upload = ContentFile(cleaned.data)
        extension = f".{cleaned.extension}"
    upload.seek(0)
    instance.file = ContentFile(upload.read(), name=f"{uuid.uuid4().hex}{extension}")


def schedule_removal(sender, instance, created, raw=False, **kwargs):
    """``post_save`` of ``UploadedFile``: a worker removes it once it is abandoned."""
    from .tasks import remove_parked_upload

    if not created or raw or not remove_parked_upload.get_backend().supports_defer:
        return
    remove_parked_upload.using(run_after=timezone.now() + max_age()).enqueue(instance.pk)


def parked_at(name: str) -> datetime.datetime | None:
    """When the file was stored: ``UploadedFile`` has no date of its own."""
    try:
        return default_storage.get_modified_time(name)
    except (OSError, NotImplementedError):
        return None


def is_abandoned(name: str, now: datetime.datetime) -> bool:
    stored = parked_at(name)
    return stored is None or stored <= now - max_age()


def remove_if_abandoned(upload: UploadedFile, now: datetime.datetime) -> bool:
    if upload.file.name and not is_abandoned(upload.file.name, now):
        return False
    if upload.file.name:
        upload.file.delete(save=False)
    upload.delete()
    return True


def orphaned_files() -> list[str]:
    """Parked files that no ``UploadedFile`` row points at any more."""
    try:
        _folders, files = default_storage.listdir(PARKED_UPLOADS_PREFIX)
    except FileNotFoundError:
        return []
    names = {PARKED_UPLOADS_PREFIX + name for name in files}
    known = set(UploadedFile.objects.filter(file__in=names).values_list("file", flat=True))
    return sorted(names - known)
