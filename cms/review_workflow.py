"""The "Editorial review" workflow: a coordinating editor approves every page and every
reviewed snippet (heroes, places, countries, sectors) before it is published."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import (
    GroupApprovalTask,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

WORKFLOW_NAME = "Editorial review"
REVIEW_TASK_NAME = "Coordinating editor's review"


def ensure_workflow(reviewers, root_page, snippet_labels) -> Workflow:
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK_NAME)
    task.groups.set([reviewers])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    for label in snippet_labels:
        content_type = ContentType.objects.get_by_natural_key(*label.split("."))
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
    return workflow
