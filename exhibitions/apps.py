from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExhibitionsConfig(AppConfig):
    name = "exhibitions"
    verbose_name = _("Exhibitions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.models import ReferenceIndex

        from cms.api import content_version, preview
        from cms.api.site import api
        from social import kinds

        from . import indicators
        from .api import preview_exhibition, router
        from .api import sync as sync_types
        from .models import ExhibitionPage, ExhibitionSection, ScanCount, TourStop, Venue
        from .signal_handlers import register_signal_handlers
        from .social import TOUR_STOP_KIND

        api.add_router("/", router)
        sync_types.register()
        content_version.watch(Venue, TourStop)
        preview.register(ExhibitionPage, preview_exhibition)
        preview.register(ExhibitionSection, preview_exhibition)
        kinds.register(TOUR_STOP_KIND)
        register_signal_handlers()
        indicators.register()
        # Counted scans keep their venue: the admin then refuses to delete a venue that
        # was scanned (as "in use") instead of failing on the database's protection.
        ReferenceIndex.register_model(ScanCount)
