"""Admin: venues and tour stops, listed and edited as reviewed snippets in one menu."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cms.publish_views import SnippetEdit
from social.admin_urls import zip_button
from stories.views import ReviewedSnippetViewSet

from .models import TourStop, Venue


class VenueViewSet(ReviewedSnippetViewSet):
    model = Venue
    icon = "site"
    list_display = ["name", "kind", "city", "country", "code"]
    list_filter = ["kind"]
    search_fields = ["name", "city"]


class TourStopEdit(SnippetEdit):
    """The stop's social posts as a ZIP, from its header, once the public sees it."""

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        button = zip_button("tour-stop", self.object.pk, self.request.user)
        return [*buttons, button] if button else buttons


class TourStopViewSet(ReviewedSnippetViewSet):
    model = TourStop
    edit_view_class = TourStopEdit
    icon = "date"
    list_display = ["venue", "exhibition", "starts_on", "ends_on", "status", "visitors"]
    list_filter = ["status", "exhibition", "venue"]
    ordering = ["-starts_on"]


class ExhibitionTourGroup(SnippetViewSetGroup):
    items = (VenueViewSet, TourStopViewSet)
    menu_icon = "image"
    menu_label = _("Exhibition tour")
    menu_name = "exhibition_tour"
    menu_order = 130
