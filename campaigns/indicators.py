"""The campaign themes' figures for the communication plan (``indicators.sources``)."""

from django.utils.translation import gettext_lazy as _

from indicators import sources
from indicators.pages import page_item_type, published_pages_source

from .models import CampaignThemePage


def register() -> None:
    sources.register(
        published_pages_source(
            "campaigns.themes_published", _("Campaign themes published"), CampaignThemePage
        )
    )
    sources.register_item_type(page_item_type("theme", _("Campaign theme"), CampaignThemePage))
