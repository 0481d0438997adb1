"""Admin views: the flat story listing and the taxonomy snippets, grouped in one menu."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.ui.tables.pages import PageTitleColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.publish_views import SnippetEdit, SnippetWorkflowAction
from stories.choosers import PlaceChooser, SnippetChooser, TermChooser
from stories.filters import StoryFilterSet
from stories.models import Country, Person, Place, Sector, SuccessStoryPage


class StoryTitleColumn(PageTitleColumn):
    cell_template_name = "stories/admin/title_cell.html"


class StoryListingIndexView(IndexView):
    """Editing a story from here comes back here, with the same filters, when done."""

    def get_table_kwargs(self):
        kwargs = super().get_table_kwargs()
        query = self.request.GET.urlencode()
        kwargs["actions_next_url"] = self.index_url + (f"?{query}" if query else "")
        return kwargs


class StoryListingMenuItem(MenuItem):
    """Shown to those who may open the listing: users with a page permission."""

    def is_shown(self, request):
        return user_has_any_page_permission(request.user)


class StoryListingViewSet(PageListingViewSet):
    model = SuccessStoryPage
    menu_item_class = StoryListingMenuItem
    index_view_class = StoryListingIndexView
    columns = [
        StoryTitleColumn("title", label=_("Title"), sort_key="title", classname="title")
        if column.name == "title"
        else column
        for column in IndexView.base_columns
    ]
    icon = "doc-full"
    menu_label = _("Success stories")
    menu_name = "success-stories"
    add_to_admin_menu = True
    menu_order = 110
    name = "success_stories"
    filterset_class = StoryFilterSet


class ReviewedSnippetViewSet(SnippetViewSet):
    """Publishing answers a refusal of the publication rule with a message."""

    edit_view_class = SnippetEdit
    workflow_action_view_class = SnippetWorkflowAction


class PersonViewSet(ReviewedSnippetViewSet):
    model = Person
    icon = "user"
    chooser_viewset_class = SnippetChooser
    list_display = ["name", "role", "country_of_residence", "home_place"]
    list_filter = ["role"]
    search_fields = ["name", "description"]


class PlaceViewSet(ReviewedSnippetViewSet):
    model = Place
    icon = "site"
    chooser_viewset_class = PlaceChooser
    # The path field has no verbose name (adding one would need a migration).
    list_display = ["name", "kind", "parent", Column("path", label=_("Path"))]
    list_filter = ["kind"]
    search_fields = ["name"]
    ordering = ["path"]


class CountryViewSet(ReviewedSnippetViewSet):
    model = Country
    icon = "globe"
    chooser_viewset_class = TermChooser
    list_display = ["name", "code"]
    search_fields = ["name"]


class SectorViewSet(ReviewedSnippetViewSet):
    model = Sector
    icon = "tag"
    chooser_viewset_class = TermChooser
    list_display = ["name", "key"]
    search_fields = ["name"]


class StoryTaxonomyGroup(SnippetViewSetGroup):
    items = (PersonViewSet, PlaceViewSet, CountryViewSet, SectorViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Heroes & places")
    menu_name = "story_taxonomy"
    menu_order = 120
