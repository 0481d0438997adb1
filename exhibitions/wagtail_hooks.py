from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from social.admin_urls import zip_button

from .models import ExhibitionPage, TourStop
from .viewsets import ExhibitionTourGroup

register_snippet(ExhibitionTourGroup)


@hooks.register("register_page_header_buttons")
def tour_stop_zip_buttons(page, user, view_name=None, next_url=None):
    """Each public stop's social posts from its exhibition's page, in any translation:
    those who post for the exhibition edit its page, not always the tour."""
    if not issubclass(page.specific_class or type(page), ExhibitionPage):
        return
    stops = TourStop.objects.filter(
        exhibition__translation_key=page.translation_key, live=True
    ).select_related("venue")
    for position, stop in enumerate(stops):
        label = _("Social posts (ZIP): %(stop)s") % {"stop": stop}
        button = zip_button("tour-stop", stop.pk, user, label=label, priority=67 + position)
        if button is not None:
            yield button
