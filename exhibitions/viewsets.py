"""Admin: venues and tour stops, listed and edited as reviewed snippets in one menu."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSetGroup

from stories.views import ReviewedSnippetViewSet

from .models import TourStop, Venue


class VenueViewSet(ReviewedSnippetViewSet):
    model = Venue
    icon = "site"
    list_display = ["name", "kind", "city", "country", "code"]
    list_filter = ["kind"]
    search_fields = ["name", "city"]


class TourStopViewSet(ReviewedSnippetViewSet):
    model = TourStop
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
