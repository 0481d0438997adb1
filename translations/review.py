"""Sending a translation to the editorial review its source went through.

wagtail-localize has no review step: its editor only publishes. Here the translated
text is saved as the target page's draft revision and that page enters the workflow
Wagtail assigns it ("Editorial review"), so a coordinating editor approves, rejects
with a comment, or publishes it, exactly as for a Kyrgyz page.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from wagtail.models import WorkflowState

from cms.publication import PublicationRefused, check, refusals

from .publishing import can_edit, save_draft


class NoReviewWorkflow(Exception):
    """The translated page is outside every workflow, so nobody would review it."""


def submit_for_review(translation, user):
    """Saves the translation as a draft and submits that revision for review.

    Refused, like the page form's "Submit for moderation", when the draft shows a photo
    that could not be published: the reviewer would only be able to reject it.
    """
    target = translation.get_target_instance()
    if not can_edit(user, target):
        raise PermissionDenied
    workflow = target.get_workflow() if hasattr(target, "get_workflow") else None
    if workflow is None:
        raise NoReviewWorkflow(_("This translation is not covered by a review workflow."))
    target = save_draft(translation, user)
    problems = refusals(target.get_latest_revision_as_object())
    if problems:
        raise PublicationRefused(problems)
    state = target.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
    elif state is None:
        workflow.start(target, user)
    return target


def review_status(target):
    """What the translator needs to know about the review: its state and last comment."""
    state = getattr(target, "current_workflow_state", None)
    if state is None:
        return None
    comment = (
        state.task_states.exclude(comment="")
        .order_by("-finished_at", "-started_at")
        .values_list("comment", flat=True)
        .first()
    )
    return {
        "in_review": state.status == WorkflowState.STATUS_IN_PROGRESS,
        "needs_changes": state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "comment": comment or "",
        "task": state.current_task_state.task.name if state.current_task_state else "",
    }


def review_actions(target, user) -> set[str]:
    """The workflow actions ("approve", "reject") ``user`` may take on the target now."""
    state = getattr(target, "current_workflow_state", None)
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
        return set()
    task_state = state.current_task_state
    if task_state is None:
        return set()
    return {name for name, _label, _modal in task_state.task.specific.get_actions(target, user)}


def act_on_review(target, user, action, comment=""):
    """Approves (which publishes, so the consent rule applies first) or requests changes."""
    if action not in review_actions(target, user):
        raise PermissionDenied
    task_state = target.current_workflow_state.current_task_state
    if action == "approve":
        check(target.get_latest_revision_as_object())
    task_state.task.specific.on_action(task_state, user, action, comment=comment)
