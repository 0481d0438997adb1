from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SocialConfig(AppConfig):
    name = "social"
    verbose_name = _("Social channels")

    def ready(self):
        from cms import publication
        from cms.api.site import api

        from .api import router
        from .rules import social_text_refusals

        publication.register(social_text_refusals)
        api.add_router("/", router)
