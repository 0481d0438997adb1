from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from cms.api import content_version, preview, search, v2
        from cms.api.site import api
        from social import kinds
        from webhooks import events as webhooks

        from . import indicators
        from .api import preview_story
        from .api import router as stories_router
        from .api import sync as sync_types
        from .api.taxonomy import router as taxonomy_router
        from .models import Country, Person, Place, Sector, SuccessStoryPage
        from .serializers import v2_prefetch
        from .social import STORY_KIND

        api.add_router("/", stories_router)
        api.add_router("/", taxonomy_router)
        sync_types.register()
        content_version.watch(Country, Person, Place, Sector)
        search.register("story", SuccessStoryPage, summary_field="standfirst")
        preview.register(SuccessStoryPage, preview_story)
        kinds.register(STORY_KIND)
        indicators.register()
        webhooks.watch_pages(SuccessStoryPage)
        v2.register_prefetch(
            SuccessStoryPage,
            select=["locale", "place", "country_of_residence"],
            prefetch=v2_prefetch,
        )
