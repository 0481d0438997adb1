from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet

from cms.editorial import may_change_source_rows
from stories.models.review import ReviewedSnippet
from stories.views import StoryListingViewSet, StoryTaxonomyGroup

register_snippet(StoryTaxonomyGroup)


@hooks.register("before_edit_snippet")
def translators_edit_translations_only(request, instance):
    """Translators change the Russian and English rows, never the Kyrgyz source."""
    if (
        isinstance(instance, ReviewedSnippet)
        and getattr(instance, "locale_id", None) == Locale.get_default().pk
        and not may_change_source_rows(request.user, type(instance))
    ):
        return permission_denied(request)
    return None


@hooks.register("register_admin_viewset")
def register_story_listing():
    return StoryListingViewSet()
