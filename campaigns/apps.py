from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Campaigns")

    def ready(self):
        from cms.api import preview, search, v2
        from cms.api.site import api
        from social import kinds
        from webhooks import events as webhooks

        from . import indicators
        from . import sync as sync_types
        from .api import preview_theme, router
        from .models import CampaignThemePage
        from .social import THEME_KIND

        api.add_router("/", router)
        sync_types.register()
        search.register("theme", CampaignThemePage, summary_field="statement")
        preview.register(CampaignThemePage, preview_theme)
        kinds.register(THEME_KIND)
        indicators.register()
        webhooks.watch_pages(CampaignThemePage)
        v2.register_prefetch(
            CampaignThemePage, select=["locale"], prefetch=lambda: ["key_messages"]
        )
