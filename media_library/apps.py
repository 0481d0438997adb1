from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaLibraryConfig(AppConfig):
    name = "media_library"
    verbose_name = _("Media library")

    def ready(self):
        from cms.api.site import api

        from .api import router
        from .signal_handlers import register_signal_handlers

        api.add_router("/", router)
        register_signal_handlers()
