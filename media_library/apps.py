from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaLibraryConfig(AppConfig):
    name = "media_library"
    verbose_name = _("Media library")

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_save

        from wagtail.models import CollectionViewRestriction, UploadedFile

        from . import checks  # noqa: F401  (registers the storage checks)
        from .parked_uploads import clean_parked_upload, schedule_removal
        from .phone_photos import register_phone_formats
        from .signal_handlers import collection_restriction_changed

        register_phone_formats()
        pre_save.connect(clean_parked_upload, sender=UploadedFile)
        post_save.connect(schedule_removal, sender=UploadedFile)
        post_save.connect(collection_restriction_changed, sender=CollectionViewRestriction)
        post_delete.connect(collection_restriction_changed, sender=CollectionViewRestriction)
