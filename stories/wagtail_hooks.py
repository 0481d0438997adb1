from wagtail import hooks
from wagtail.snippets.models import register_snippet

from stories.views import StoryListingViewSet, StoryTaxonomyGroup

register_snippet(StoryTaxonomyGroup)


@hooks.register("register_admin_viewset")
def register_story_listing():
    return StoryListingViewSet()
