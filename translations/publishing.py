"""How a translation goes public: the same right and the same rule as any page.

wagtail-localize publishes a translation in several places (the editor's "Publish"
button, "Sync translated pages" with "Publish immediately", converting to an alias of
a live source). Each of those views is replaced in ``translations.views`` by one that
calls this module, so a translation needs the right to publish its page and must pass
``cms.publication`` like every other publish.
"""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.utils.text import slugify

from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import TranslationLog

from cms.publication import check


def can_publish(user, instance) -> bool:
    """Whether ``user`` may put ``instance`` (a translated page or snippet) live."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(instance)))
    # Snippets without drafts are live as saved: their edit right is the publish right.
    return user.has_perm(get_permission_name("change", type(instance)))


def can_edit(user, instance) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(instance)))


def save_draft(translation, user):
    """Writes the translation into a new draft revision of its target; never publishes.

    wagtail-localize's own "draft" save writes the translated fields into the object's
    row before making a revision, and a live object's row is what the public reads: a
    live target therefore gets only a revision, built from an unsaved translated copy.
    Objects without drafts (plain snippets) cannot hold an unpublished state, so they
    are saved as wagtail-localize always does.
    """
    source = translation.source
    if not isinstance(source.as_instance(), DraftStateMixin):
        translation.save_target(user=user, publish=True)
        return translation.get_target_instance()
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        target = None
    if target is None or not target.live or getattr(target, "alias_of_id", None):
        translation.save_target(user=user, publish=False)
        return translation.get_target_instance()
    draft = source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    if isinstance(draft, Page):
        # As wagtail-localize does for the row, but keeping ң, ө, ү and Cyrillic.
        draft.slug = find_available_slug(
            draft.get_parent(), slugify(draft.slug, allow_unicode=True), ignore_page_id=draft.pk
        )
    revision = draft.save_revision(user=user)
    TranslationLog.objects.create(
        source=source, locale=translation.target_locale, revision=revision
    )
    return translation.get_target_instance()


def publish(translation, user):
    """Publishes the translation's current text, or raises why not.

    Raises ``PermissionDenied`` without the right to publish the target, and
    ``cms.publication.PublicationRefused`` (the page form's message) when the
    translated draft shows a photo that may not be published. The draft is saved
    either way, so the translator's work is kept.
    """
    target = translation.get_target_instance()
    if not can_publish(user, target):
        raise PermissionDenied
    target = save_draft(translation, user)
    if not isinstance(target, DraftStateMixin):
        return target
    revision = target.get_latest_revision()
    check(revision.as_object())
    workflow_state = getattr(target, "current_workflow_state", None)
    if workflow_state is not None:
        # Publishing directly settles a pending review, as Wagtail's editor does.
        workflow_state.cancel(user=user)
    revision.publish(user=user)
    return translation.get_target_instance()
