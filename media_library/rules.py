"""Publication rules for photos, shared by blocks, page forms and the API.

A rule returns a message naming the photo, or ``None`` when the photo may be used.
"""

from django.utils.translation import gettext as _

from .enums import ReleaseStatus


def missing_alt_text(image) -> str | None:
    if image is None or image.description.strip():
        return None
    return _("The photo “%(title)s” has no alt text. Add it in the image library first.") % {
        "title": image.title
    }


def consent_problem(image) -> str | None:
    """People pictured need a recorded release before the photo goes on a published page."""
    if image is None:
        return None
    if image.release_status == ReleaseStatus.OBTAINED:
        return None
    if image.release_status == ReleaseStatus.NOT_NEEDED and not image.minors_present:
        return None
    return _(
        "The photo “%(title)s” shows people without a recorded release, so the page "
        "cannot be published. Record the release in the image library, or choose another photo."
    ) % {"title": image.title}
