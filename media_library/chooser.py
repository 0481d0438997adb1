"""The image chooser, marking photos that cannot go on a published page.

An editor can still choose such a photo (drafts may hold any photo while a release is
chased); the mark says before choosing that publication will be refused.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.images import get_image_model
from wagtail.images.views.chooser import (
    ImageChooseResultsView,
    ImageChooserViewSet,
    ImageChooseView,
)

from cms.chooser_labels import TranslatedChooserLabels

from .labels import consent_label
from .listing import ConsentColumn


class ConsentMarksMixin:
    results_template_name = "media_library/chooser_results.html"

    @cached_property
    def columns(self):
        columns = super().columns
        if not columns:
            return columns
        usage = columns.pop()
        consent = ConsentColumn(
            "consent", label=_("People pictured / release"), accessor=consent_label
        )
        return [*columns[:2], consent, *columns[2:], usage]


class LibraryImageChooseView(ConsentMarksMixin, ImageChooseView):
    pass


class LibraryImageChooseResultsView(ConsentMarksMixin, ImageChooseResultsView):
    pass


class LibraryImageChooserViewSet(TranslatedChooserLabels, ImageChooserViewSet):
    """Not registered: ``wagtail_hooks`` routes Wagtail's chooser addresses to its views."""

    choose_view_class = LibraryImageChooseView
    choose_results_view_class = LibraryImageChooseResultsView


chooser_viewset = LibraryImageChooserViewSet(
    "wagtailimages_chooser", model=get_image_model(), url_prefix="images/chooser"
)
