"""THE rule a page must pass before it goes public, whatever path publishes it.

The edit form, the workflow's approve action, bulk publishing, scheduled publishing and
wagtail-localize's views all ask this module, so a refusal reads the same everywhere.
Pages list the photos they show in ``images_in_use()``; each photo is judged by the media
library's consent rule.

Every path ends in the model's ``publish(revision)``: models that show photos mix in
``PublicationRuleMixin`` so that no path, present or future, can skip the rule; the
admin views ask ``refusals()`` first only to answer with a message instead of an error.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from media_library.rules import consent_problem


class PublicationRefused(ValidationError):
    """Raised when a page may not be published; its messages say why and what to do."""


def refusals(page) -> list[str]:
    return sorted(set(refusals_by_image(page).values()))


def check(page) -> None:
    problems = refusals(page)
    if problems:
        raise PublicationRefused(problems)


def revision_refusals(revision) -> list[str]:
    """The refusals of the content a revision would make live (not of the live row)."""
    return refusals(revision.as_object())


def titled(obj, problems: list[str]) -> list[str]:
    """Messages naming the page or snippet, for views that act on several at once."""
    return [
        _("“%(title)s” was not published: %(problem)s") % {"title": obj, "problem": problem}
        for problem in problems
    ]


class PublicationRuleMixin:
    """Checks the rule in ``publish()``, the one method every publish path calls
    (edit view, workflow approval, bulk action, ``publish_scheduled``, revisions,
    translation sync). Put it before ``Page`` or ``DraftStateMixin`` in the bases."""

    def publish(self, revision, *args, **kwargs):
        problems = revision_refusals(revision)
        if problems:
            raise PublicationRefused(problems)
        return super().publish(revision, *args, **kwargs)


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
