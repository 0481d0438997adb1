"""How a photo's consent state reads in the admin: one label for listings, chooser, report."""

from django.utils.translation import gettext_lazy as _

from .enums import ConsentProblem, ReleaseStatus
from .rules import consent_kind

PUBLISHABLE_LABELS = {
    ReleaseStatus.NOT_NEEDED: _("No people pictured"),
    ReleaseStatus.OBTAINED: _("Release recorded"),
}


def consent_label(image) -> str:
    """The problem if there is one, else what makes the photo publishable."""
    kind = consent_kind(image)
    if kind is not None:
        return ConsentProblem(kind).label
    return str(PUBLISHABLE_LABELS.get(image.release_status, image.get_release_status_display()))
