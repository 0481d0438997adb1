from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TipsConfig(AppConfig):
    name = "tips"
    verbose_name = _("Story tips")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.api.site import api
        from cms.request_limits import allow_body_size

        from . import indicators
        from .api import router
        from .limits import tip_body_limit
        from .signal_handlers import register_signal_handlers

        api.add_router("/", router)
        register_signal_handlers()
        indicators.register()
        allow_body_size(r"/api/v1/story-tips", tip_body_limit)
