from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitorConfig(AppConfig):
    name = "monitor"
    verbose_name = _("Contribution monitor")

    def ready(self):
        from cms.api.site import api

        from .api import router

        api.add_router("/", router)
