"""The footer of wagtail-localize's translation editor, rebuilt around the translator's work.

wagtail-localize's own footer makes the last available action the main button, so a
translator, who may not publish, sees "Delete" or "Convert to alias page" there. This
footer's main button is the next step of the user's work: "Publish" for those who may
publish, otherwise "Submit for review" once every segment is translated (or after the
reviewer asked for changes), else "Save draft". Destructive actions sit in the menu and
lead to Wagtail's and wagtail-localize's confirmation pages.
"""

from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import DraftStateMixin, Page

from .publishing import can_publish
from .review import review_actions, review_status


@dataclass
class Action:
    label: str
    icon: str
    value: str = ""  # posted as "action" to the edit URL
    url: str = ""  # a link (to a confirmation page)
    formaction: str = ""  # posted to another view
    classname: str = ""


def footer(request, translation, instance) -> dict:
    user = request.user
    locale = translation.target_locale.get_display_name()
    total, translated = translation.get_progress()
    review = review_status(instance) if isinstance(instance, DraftStateMixin) else None
    publisher = can_publish(user, instance)

    save = Action(_("Save draft"), "draft", value="save-draft")
    submit_label = (
        _("Resubmit for review") if review and review["needs_changes"] else _("Submit for review")
    )
    submit = Action(submit_label, "resubmit", value="submit")
    publish = Action(_("Publish in %(locale)s") % {"locale": locale}, "upload", value="publish")

    reviewing = review_actions(instance, user) if review and review["in_review"] else set()
    lock = instance.get_lock() if hasattr(instance, "get_lock") else None
    locked = lock is not None and lock.for_user(user)

    if "approve" in reviewing:
        main = Action(_("Approve and publish"), "check", value="approve")
        menu = [Action(_("Request changes"), "warning", value="reject")]
    elif locked:
        # In review: the translator waits for the reviewer; nothing to press but the menu.
        main, menu = Action(_("Awaiting review"), "time"), []
    elif not isinstance(instance, DraftStateMixin):
        # No drafts: saving is what puts the text live, as in wagtail-localize.
        main, menu = Action(_("Save"), "upload", value="save-draft"), []
    elif publisher:
        main, menu = publish, [save]
        if not (review and review["in_review"]):
            menu.append(submit)
    elif review and review["in_review"]:
        main, menu = save, []
    elif translated == total or (review and review["needs_changes"]):
        main, menu = submit, [save]
    else:
        main, menu = save, [submit]

    menu.extend(_secondary_actions(request, translation, instance))
    return {
        "main": main,
        "menu": menu,
        "review": review,
        "progress": {"total": total, "translated": translated},
        "reviewing": bool(reviewing),
    }


def _secondary_actions(request, translation, instance):
    here = request.get_full_path()
    yield Action(
        _("Stop Synced translation"),
        "cross",
        formaction=reverse("wagtail_localize:stop_translation", args=[translation.pk])
        + f"?next={here}",
    )
    if not isinstance(instance, Page):
        return
    perms = instance.permissions_for_user(request.user)
    if instance.live and perms.can_unpublish():
        yield Action(
            _("Unpublish"),
            "download",
            url=reverse("wagtailadmin_pages:unpublish", args=[instance.pk]),
        )
    if instance.alias_of_id is None and (
        can_publish(request.user, instance) or not _would_go_live(translation, instance)
    ):
        yield Action(
            _("Convert to alias page"),
            "wagtail-localize-convert",
            url=reverse("wagtail_localize:convert_to_alias", args=[instance.pk]) + f"?next={here}",
            classname="no",
        )
    if perms.can_delete():
        yield Action(
            _("Delete"),
            "bin",
            url=reverse("wagtailadmin_pages:delete", args=[instance.pk]),
            classname="no",
        )


def _would_go_live(translation, instance) -> bool:
    """An alias mirrors its source's live state: converting may publish the page."""
    if instance.live:
        return True
    try:
        return translation.source.get_source_instance().live
    except ObjectDoesNotExist:
        return False
