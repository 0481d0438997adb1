"""Admin views: the flat story listing and the taxonomy snippets, grouped in one menu."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables.pages import PageTitleColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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


class StoryListingViewSet(PageListingViewSet):
    model = SuccessStoryPage
    index_view_class = StoryListingIndexView
    columns = [
        StoryTitleColumn("title", label=_("Title"), sort_key="title", classname="title")
        if column.name == "title"
        else column
        for column in IndexView.base_columns
    ]
    icon = "doc-full"
    menu_label = _("Success stories")
    add_to_admin_menu = True
    menu_order = 110
    name = "success_stories"
    filterset_class = StoryFilterSet


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "country_of_residence", "home_place"]
    list_filter = ["role"]
    search_fields = ["name", "description"]


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    list_display = ["name", "kind", "parent", "path"]
    list_filter = ["kind"]
    search_fields = ["name"]
    ordering = ["path"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "code"]
    search_fields = ["name"]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    list_display = ["name", "key"]
    search_fields = ["name"]


class StoryTaxonomyGroup(SnippetViewSetGroup):
    items = (PersonViewSet, PlaceViewSet, CountryViewSet, SectorViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Heroes & places")
    menu_name = "story_taxonomy"
    menu_order = 120
