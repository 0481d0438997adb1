"""Store a tip and its photos together, or nothing at all.

Everything that can be refused is refused before this runs (``validation.py``); the
rows and the photo files are written by ``media_library.uploads.files_or_nothing``, so
a failure leaves no row and no file behind.
"""

from django.conf import settings
from django.utils import timezone

from media_library.uploads import files_or_nothing

from .models import StoryTip, TipPhoto
from .validation import CleanTip


def store(clean: CleanTip, *, is_example: bool = False) -> StoryTip:
    with files_or_nothing() as written:
        tip = StoryTip.objects.create(
            consent_given_at=timezone.now(),
            privacy_notice_version=settings.STORY_TIP_PRIVACY_NOTICE_VERSION,
            is_example=is_example,
            **clean.values,
        )
        for photo in clean.photos:
            row = TipPhoto(
                tip=tip,
                original_name=photo.original_name,
                content_type=photo.content_type,
                size=len(photo.data),
                sha256=photo.sha256,
            )
            written.save(row.file, f"upload.{photo.extension}", photo.data)
            row.save()
    return tip
