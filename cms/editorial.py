"""Editorial groups, their permissions and the moderation workflow.

Kept as code, applied by ``manage.py setup_editorial`` (idempotent), so every
environment grants exactly the same rights and a review can read them in one place.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permissions import policy_registry

CONTENT_MANAGERS = "Content managers"
COORDINATING_EDITORS = "Coordinating editors"
SMM_MANAGERS = "SMM managers"
PHOTOGRAPHERS = "Photographers"
TRANSLATORS = "Translators"

WORKFLOW_NAME = "Editorial review"
REVIEW_TASK_NAME = "Coordinating editor's review"

SNIPPETS = ["stories.person", "stories.place", "stories.country", "stories.sector"]


def _model_perms(actions, labels):
    return [
        f"{label.split('.')[0]}.{action}_{label.split('.')[1]}"
        for label in labels
        for action in actions
    ]


# Model permissions per group ("app_label.codename").
MODEL_PERMISSIONS = {
    CONTENT_MANAGERS: ["wagtailadmin.access_admin", *_model_perms(["add", "change"], SNIPPETS)],
    COORDINATING_EDITORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        *_model_perms(["add", "change", "delete"], SNIPPETS),
    ],
    SMM_MANAGERS: ["wagtailadmin.access_admin"],
    PHOTOGRAPHERS: ["wagtailadmin.access_admin"],
    TRANSLATORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        *_model_perms(["change"], SNIPPETS),
    ],
}

# Page permissions, granted on the tree root so they cover every locale's site.
PAGE_PERMISSIONS = {
    CONTENT_MANAGERS: ["add_page", "change_page", "lock_page"],
    COORDINATING_EDITORS: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    ],
    SMM_MANAGERS: ["change_page"],
    TRANSLATORS: ["change_page"],
}

# Image and document permissions on the root collection (and so on every collection).
COLLECTION_PERMISSIONS = {
    CONTENT_MANAGERS: ["add_image", "choose_image", "add_document", "choose_document"],
    COORDINATING_EDITORS: [
        "add_image",
        "change_image",
        "delete_image",
        "choose_image",
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    ],
    SMM_MANAGERS: ["add_image", "change_image", "choose_image", "choose_document"],
    PHOTOGRAPHERS: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
    TRANSLATORS: ["choose_image", "choose_document"],
}


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _collection_permission(codename: str) -> Permission:
    """Wagtail checks image and document rights against its base models (``add_image``)."""
    kind = codename.split("_", 1)[1]
    model = get_image_model() if kind == "image" else get_document_model()
    auth_model = policy_registry.get_by_type(model).auth_model
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(auth_model), codename=codename
    )


@transaction.atomic
def ensure_editorial_setup() -> dict[str, Group]:
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in MODEL_PERMISSIONS}
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for name, group in groups.items():
        group.permissions.add(*(_permission(p) for p in MODEL_PERMISSIONS[name]))
        for codename in PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=_permission(f"wagtailcore.{codename}")
            )
        for codename in COLLECTION_PERMISSIONS.get(name, []):
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=_collection_permission(codename),
            )
    ensure_workflow(groups[COORDINATING_EDITORS], root_page)
    return groups


def ensure_workflow(reviewers: Group, root_page: Page) -> Workflow:
    """Every page goes through the coordinating editor's review before it is published."""
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK_NAME)
    task.groups.set([reviewers])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    return workflow
