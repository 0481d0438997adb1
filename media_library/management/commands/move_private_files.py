"""Put every image and document file in the storage its collection calls for.

Run once on deploy after upgrading: files stored before private storage existed (consent
forms among them) move to private storage under random names. Saves keep them in place
from then on, so a second run moves nothing.
"""

from django.core.management.base import BaseCommand

from wagtail.documents import get_document_model
from wagtail.images import get_image_model


class Command(BaseCommand):
    help = "Move image and document files between public and private storage by collection."

    def handle(self, *args, **options):
        moved = 0
        for model in (get_image_model(), get_document_model()):
            items = model.objects.order_by("pk")
            total = items.count()
            for index, item in enumerate(items.iterator(), start=1):
                moved += item.move_to_its_storage()
                if index % 100 == 0 or index == total:
                    self.stdout.write(f"{model._meta.verbose_name_plural}: {index}/{total}")
        self.stdout.write(self.style.SUCCESS(f"Files moved: {moved}."))
