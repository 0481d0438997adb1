from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "indicators"
    verbose_name = _("Communication indicators")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.api.site import api
        from cms.request_limits import allow_body_size

        from .api import router
        from .limits import body_limit
        from .reported import register_sources

        api.add_router("/", router)
        register_sources()
        allow_body_size(r"/api/v1/metrics", body_limit)
