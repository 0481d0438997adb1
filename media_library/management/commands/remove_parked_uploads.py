"""Remove uploads parked by the multiple uploader and abandoned: run it hourly from cron.

Idempotent: a second run finds nothing older than ``PARKED_UPLOAD_MAX_AGE_HOURS`` left.
"""

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.utils import timezone

from wagtail.models import UploadedFile

from media_library.parked_uploads import is_abandoned, orphaned_files, remove_if_abandoned


class Command(BaseCommand):
    help = "Remove parked multiple-upload files older than PARKED_UPLOAD_MAX_AGE_HOURS."

    def handle(self, *args, **options):
        now = timezone.now()
        uploads = list(UploadedFile.objects.order_by("pk"))
        removed = 0
        for index, upload in enumerate(uploads, start=1):
            if remove_if_abandoned(upload, now):
                removed += 1
            if index % 100 == 0 or index == len(uploads):
                self.stdout.write(f"Checked {index}/{len(uploads)} parked uploads")
        orphans = [name for name in orphaned_files() if is_abandoned(name, now)]
        for name in orphans:
            default_storage.delete(name)
        self.stdout.write(
            self.style.SUCCESS(
                f"Removed {removed} abandoned parked uploads and {len(orphans)} orphaned "
                f"files; {len(uploads) - removed} are recent enough to keep."
            )
        )
