"""Publication rules for photos, shared by blocks, page forms and the API.

A rule returns a message naming the photo, or ``None`` when the photo may be used.
``consent_kind`` says which consent rule a photo breaks, so the editor and the image
library can word it and filter by it; ``public.publishable_q`` is the same rule as a
database condition.
"""

from django.db.models import Q
from django.utils.translation import gettext as _

from .enums import ConsentProblem, ReleaseStatus


def missing_alt_text(image) -> str | None:
    if image is None or image.description.strip():
        return None
    return _("The photo “%(title)s” has no alt text. Add it in the image library first.") % {
        "title": image.title
    }


def consent_kind(image) -> ConsentProblem | None:
    """Why the people pictured keep this photo off published pages, or ``None``."""
    if image is None:
        return None
    status = image.release_status
    if status == ReleaseStatus.OBTAINED:
        return None
    if status == ReleaseStatus.REFUSED:
        return ConsentProblem.REFUSED
    if status == ReleaseStatus.NOT_NEEDED:
        return ConsentProblem.MINORS if image.minors_present else None
    if status == ReleaseStatus.PENDING:
        return ConsentProblem.MINORS if image.minors_present else ConsentProblem.MISSING
    # Not yet described, or a value this code does not know: never publishable.
    return ConsentProblem.UNDESCRIBED


def consent_problem(image) -> str | None:
    """People pictured need a recorded release before the photo goes on a published page."""
    kind = consent_kind(image)
    if kind is None:
        return None
    return consent_message(kind, image.title)


def consent_message(kind: ConsentProblem, title: str) -> str:
    messages = {
        ConsentProblem.UNDESCRIBED: _(
            "Nobody has described yet whether the photo “%(title)s” shows people, so the "
            "page cannot be published. A photographer or a coordinating editor must set "
            "“People pictured” in the image library, or choose another photo."
        ),
        ConsentProblem.REFUSED: _(
            "The people in the photo “%(title)s” refused its publication, so the page "
            "cannot be published. Choose another photo."
        ),
        ConsentProblem.MINORS: _(
            "The photo “%(title)s” shows children without their guardian's recorded "
            "release, so the page cannot be published. Record the release in the image "
            "library, or choose another photo."
        ),
        ConsentProblem.MISSING: _(
            "The photo “%(title)s” shows people without a recorded release, so the page "
            "cannot be published. Record the release in the image library, or choose "
            "another photo."
        ),
    }
    return messages[kind] % {"title": title}


def consent_kind_q(kind: ConsentProblem) -> Q:
    """Photos for which ``consent_kind`` gives ``kind``, as a database condition."""
    if kind == ConsentProblem.REFUSED:
        return Q(release_status=ReleaseStatus.REFUSED)
    if kind == ConsentProblem.MINORS:
        return Q(
            release_status__in=[ReleaseStatus.NOT_NEEDED, ReleaseStatus.PENDING],
            minors_present=True,
        )
    if kind == ConsentProblem.MISSING:
        return Q(release_status=ReleaseStatus.PENDING, minors_present=False)
    return ~Q(
        release_status__in=[s for s in ReleaseStatus.values if s != ReleaseStatus.UNDESCRIBED]
    )
