from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Campaigns")

    def ready(self):
        from cms.api import preview, search, v2
        from cms.api.site import api

        from .api import preview_theme, router
        from .models import CampaignThemePage

        api.add_router("/", router)
        search.register("theme", CampaignThemePage, summary_field="statement")
        preview.register(CampaignThemePage, preview_theme)
        v2.register_prefetch(
            CampaignThemePage, select=["locale"], prefetch=lambda: ["key_messages"]
        )
