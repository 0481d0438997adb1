"""THE rule a page must pass before it goes public, whatever path publishes it.

The edit form, the workflow's approve action, bulk publishing, scheduled publishing and
wagtail-localize's views all ask this module, so a refusal reads the same everywhere.
Pages list the photos they show in ``images_in_use()``; each photo is judged by the media
library's consent rule.
"""

from django.core.exceptions import ValidationError

from media_library.rules import consent_problem


class PublicationRefused(ValidationError):
    """Raised when a page may not be published; its messages say why and what to do."""


def refusals(page) -> list[str]:
    images_in_use = getattr(page, "images_in_use", None)
    if images_in_use is None:
        return []
    return sorted({problem for problem in map(consent_problem, images_in_use()) if problem})


def check(page) -> None:
    problems = refusals(page)
    if problems:
        raise PublicationRefused(problems)


def refusals_by_image(page) -> dict[int, str]:
    """The refusal for each photo that keeps ``page`` from going public, keyed by photo id.

    The same rule as ``refusals``, per photo, so the page form can put each refusal on
    the field that holds the photo.
    """
    images_in_use = getattr(page, "images_in_use", None)
    if images_in_use is None:
        return {}
    found = {}
    for image in images_in_use():
        problem = consent_problem(image)
        if problem:
            found[image.pk] = problem
    return found
