from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExhibitionsConfig(AppConfig):
    name = "exhibitions"
    verbose_name = _("Exhibitions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.api import content_version
        from cms.api.site import api

        from .api import router
        from .models import TourStop, Venue
        from .signal_handlers import register_signal_handlers

        api.add_router("/", router)
        content_version.watch(Venue, TourStop)
        register_signal_handlers()
