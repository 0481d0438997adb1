"""Editorial groups, their permissions and the moderation workflow.

Kept as code, applied by ``manage.py setup_editorial`` (idempotent), so every
environment grants exactly the same rights and a review can read them in one place:
each run makes the groups' rights what these tables say, removing anything else.

Where a right applies matters as much as the right:
- pages: translators edit only the translated trees (the ``ru`` and ``en`` home pages
  and below), never the Kyrgyz source; the others act on the whole tree;
- images and documents: the general files live in the "Media library" collection;
  "Consent forms" (and any other private collection at the top) is reached only by the
  groups granted on the root collection. "add" lets a photographer edit what they
  uploaded; "change" lets a group edit everyone's files.
"""

from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
)
from wagtail.permissions import policy_registry

from .groups import permission, sync_group
from .review_workflow import REVIEW_TASK_NAME as REVIEW_TASK_NAME
from .review_workflow import WORKFLOW_NAME as WORKFLOW_NAME
from .review_workflow import ensure_workflow

CONTENT_MANAGERS = "Content managers"
COORDINATING_EDITORS = "Coordinating editors"
SMM_MANAGERS = "SMM managers"
PHOTOGRAPHERS = "Photographers"
TRANSLATORS = "Translators"

MEDIA_LIBRARY_COLLECTION = "Media library"

SNIPPETS = ["stories.person", "stories.place", "stories.country", "stories.sector"]
# Snippets with text to translate; tour stops are dates and numbers, the same everywhere.
TRANSLATED_SNIPPETS = [*SNIPPETS, "exhibitions.venue"]
# Every snippet reviewed before publication: the workflow covers them all.
REVIEWED_SNIPPETS = [*TRANSLATED_SNIPPETS, "exhibitions.tourstop"]

# Where a grant applies.
WHOLE_TREE = "whole tree"  # the root page / the root collection
TRANSLATED_TREES = "translated trees"  # the home pages of languages other than the source
MEDIA_LIBRARY = "media library"  # the "Media library" collection


def _model_perms(actions, labels):
    return [
        f"{label.split('.')[0]}.{action}_{label.split('.')[1]}"
        for label in labels
        for action in actions
    ]


# The story tips' inbox ("Tell us your story"), contacts included: content managers
# handle it, coordinating editors too.
STORY_TIPS = ["tips.view_storytip", "tips.change_storytip", "tips.view_tip_contacts"]

# Model permissions per group ("app_label.codename"). Only coordinating editors publish
# snippets; the others' changes wait as drafts for review.
MODEL_PERMISSIONS = {
    CONTENT_MANAGERS: [
        "wagtailadmin.access_admin",
        *_model_perms(["add", "change", "lock"], REVIEWED_SNIPPETS),
        *STORY_TIPS,
    ],
    COORDINATING_EDITORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        # The communication plan's dashboard, targets, surveys and reporting tokens.
        "indicators.coordinate_communication",
        # Register and manage webhook subscribers (webhooks/).
        "webhooks.manage_subscribers",
        *_model_perms(["add", "change", "delete", "publish", "lock", "unlock"], REVIEWED_SNIPPETS),
        *STORY_TIPS,
        "tips.delete_storytip",
    ],
    SMM_MANAGERS: ["wagtailadmin.access_admin"],
    PHOTOGRAPHERS: ["wagtailadmin.access_admin"],
    TRANSLATORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        *_model_perms(["change"], TRANSLATED_SNIPPETS),
    ],
}

# Page permissions per group: (where, codenames).
PAGE_PERMISSIONS = {
    CONTENT_MANAGERS: (WHOLE_TREE, ["add_page", "change_page", "lock_page"]),
    COORDINATING_EDITORS: (
        WHOLE_TREE,
        [
            "add_page",
            "change_page",
            "publish_page",
            "lock_page",
            "unlock_page",
            "bulk_delete_page",
        ],
    ),
    SMM_MANAGERS: (WHOLE_TREE, ["change_page"]),
    TRANSLATORS: (TRANSLATED_TREES, ["change_page"]),
}

# Image and document permissions per group: (where, codenames).
COLLECTION_PERMISSIONS = {
    CONTENT_MANAGERS: (
        MEDIA_LIBRARY,
        ["add_image", "choose_image", "add_document", "choose_document"],
    ),
    COORDINATING_EDITORS: (
        WHOLE_TREE,
        [
            "add_image",
            "change_image",
            "delete_image",
            "choose_image",
            "add_document",
            "change_document",
            "delete_document",
            "choose_document",
        ],
    ),
    SMM_MANAGERS: (
        MEDIA_LIBRARY,
        ["add_image", "change_image", "choose_image", "choose_document"],
    ),
    # "add" on the root: upload anywhere, file consent forms, edit only their own uploads.
    PHOTOGRAPHERS: (WHOLE_TREE, ["add_image", "choose_image", "add_document", "choose_document"]),
    TRANSLATORS: (MEDIA_LIBRARY, ["choose_image", "choose_document"]),
}


def _collection_permission(codename: str) -> Permission:
    """Wagtail checks image and document rights against its base models (``add_image``)."""
    kind = codename.split("_", 1)[1]
    model = get_image_model() if kind == "image" else get_document_model()
    auth_model = policy_registry.get_by_type(model).auth_model
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(auth_model), codename=codename
    )


def translated_roots() -> list[Page]:
    """The home pages of the translations of each site's (Kyrgyz) home page."""
    roots = []
    for site in Site.objects.select_related("root_page"):
        roots += list(site.root_page.get_translations())
    return roots


def media_library_collection() -> Collection:
    """The collection for general files (photos of the stories, press material)."""
    root = Collection.get_first_root_node()
    library = root.get_children().filter(name=MEDIA_LIBRARY_COLLECTION).first()
    return library or root.add_child(name=MEDIA_LIBRARY_COLLECTION)


def ensure_media_library() -> Collection:
    """Unrestricted top-level collections and files left in the root collection move
    into the media library, so every group finds them; private ones stay where only
    the groups granted on the root reach them."""
    root = Collection.get_first_root_node()
    library = media_library_collection()
    for collection in root.get_children().exclude(pk=library.pk):
        if not collection.get_view_restrictions().exists():
            collection.move(library, pos="last-child")
    for model in (get_image_model(), get_document_model()):
        model.objects.filter(collection=root).update(collection=library)
    return Collection.objects.get(pk=library.pk)


def _sync_page_permissions(group, pages, codenames):
    wanted = {(page.pk, permission(f"wagtailcore.{c}").pk) for page in pages for c in codenames}
    existing = GroupPagePermission.objects.filter(group=group)
    existing.exclude(
        pk__in=[p.pk for p in existing if (p.page_id, p.permission_id) in wanted]
    ).delete()
    for page_id, permission_id in wanted:
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=page_id, permission_id=permission_id
        )


def _sync_collection_permissions(group, collection, codenames):
    wanted = {_collection_permission(codename).pk for codename in codenames}
    existing = GroupCollectionPermission.objects.filter(group=group)
    existing.exclude(collection=collection, permission_id__in=wanted).delete()
    for permission_id in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission_id=permission_id
        )


@transaction.atomic
def ensure_editorial_setup() -> dict[str, Group]:
    groups = {name: sync_group(name, perms)[0] for name, perms in MODEL_PERMISSIONS.items()}
    root_page = Page.get_first_root_node()
    pages = {WHOLE_TREE: [root_page], TRANSLATED_TREES: translated_roots()}
    collections = {
        WHOLE_TREE: Collection.get_first_root_node(),
        MEDIA_LIBRARY: ensure_media_library(),
    }
    for name, group in groups.items():
        where, codenames = PAGE_PERMISSIONS.get(name, (WHOLE_TREE, []))
        _sync_page_permissions(group, pages[where], codenames)
        where, codenames = COLLECTION_PERMISSIONS.get(name, (WHOLE_TREE, []))
        _sync_collection_permissions(group, collections[where], codenames)
    ensure_workflow(groups[COORDINATING_EDITORS], root_page, REVIEWED_SNIPPETS)
    return groups


def may_change_source_rows(user, model) -> bool:
    """Whether ``user`` may change ``model``'s rows in the source language (Kyrgyz).

    Django's model permissions cannot say "only the translations", so translators'
    right to change snippets is narrowed here: it counts for the source rows only when
    another of the user's groups (or superuser status) grants it.
    """
    if user.is_superuser:
        return True
    return (
        user.groups.exclude(name=TRANSLATORS)
        .filter(
            permissions__content_type__app_label=model._meta.app_label,
            permissions__codename=get_permission_codename("change", model._meta),
        )
        .exists()
    )
