from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaLibraryConfig(AppConfig):
    name = "media_library"
    verbose_name = _("Media library")

    def ready(self):
        from cms.api import content_version
        from cms.api.site import api

        from . import checks  # noqa: F401  (registers the storage checks)
        from .api import router
        from .models import CustomDocument, CustomImage, CustomRendition
        from .phone_photos import register_phone_formats
        from .signal_handlers import register_signal_handlers

        api.add_router("/", router)
        content_version.watch(CustomImage, CustomRendition, CustomDocument)
        register_phone_formats()
        register_signal_handlers()
