"""The stories' figures for the communication plan (``indicators.sources``)."""

from django.utils.translation import gettext_lazy as _

from indicators import sources
from indicators.pages import page_item_type, published_pages_source

from .models import SuccessStoryPage


def register() -> None:
    sources.register(
        published_pages_source(
            "stories.published", _("Success stories published"), SuccessStoryPage
        )
    )
    sources.register_item_type(page_item_type("story", _("Success story"), SuccessStoryPage))
