"""THE rule a page must pass before it goes public, whatever path publishes it.

The edit form, the workflow's approve action, bulk publishing, scheduled publishing and
wagtail-localize's views all ask this module, so a refusal reads the same everywhere.
Pages list the photos they show in ``images_in_use()``; each photo is judged by the media
library's consent rule.

Apps add rules about their own fields from their ``ready()`` (``register``): a rule
returns ``Refusal``s naming the field (and, in a StreamField, the block) at fault, so
the page form can show each one where it belongs; this module never imports the apps.

Every path ends in the model's ``publish(revision)``: models that show photos mix in
``PublicationRuleMixin`` so that no path, present or future, can skip the rule; the
admin views ask ``refusals()`` first only to answer with a message instead of an error.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from media_library.rules import consent_problem


class PublicationRefused(ValidationError):
    """Raised when a page may not be published; its messages say why and what to do."""


@dataclass(frozen=True)
class Refusal:
    """One reason a page may not go public, and where it is: a field, and the index of
    the block in a StreamField (``None``: the field as a whole)."""

    message: str
    field: str | None = None
    block: int | None = None


_rules: list[Callable] = []


def register(rule: Callable) -> None:
    """Add a rule ``rule(page) -> list[Refusal]``, checked on every publish path."""
    if rule not in _rules:
        _rules.append(rule)


def field_refusals(page) -> list[Refusal]:
    return [refusal for rule in _rules for refusal in rule(page)]


def refusals(page) -> list[str]:
    messages = set(refusals_by_image(page).values())
    messages.update(refusal.message for refusal in field_refusals(page))
    return sorted(messages)


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
