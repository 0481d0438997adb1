"""Wagtail hooks that stop a bulk publish or a "publish copies" before anything changes.

The models refuse too (``cms.publication.PublicationRuleMixin``); asking first lets the
admin name every refused page at once and publish none of them half-way.
"""

from django.shortcuts import redirect

from wagtail.admin import messages

from .publication import refusals, revision_refusals, titled


def _pending_content_refusals(page) -> list[str]:
    revision = page.get_latest_revision()
    return revision_refusals(revision) if revision else refusals(page.specific)


def refuse_bulk_publish(request, action_type, objects, action):
    if action_type != "publish" or not objects or not hasattr(objects[0], "get_descendants"):
        return None
    pages = list(objects)
    if action.cleaned_form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages += [
                child
                for child in page.get_descendants().not_live().specific()
                if child.permissions_for_user(request.user).can_publish()
            ]
    problems = [
        message for page in pages for message in titled(page, _pending_content_refusals(page))
    ]
    if not problems:
        return None
    for message in problems:
        messages.error(request, message)
    return redirect(action.next_url)


def refuse_publishing_copies(request, page):
    """A published copy goes live without ``publish()``; check its photos here."""
    if request.method != "POST" or not request.POST.get("publish_copies"):
        return None
    pages = [page.specific]
    if request.POST.get("copy_subpages"):
        pages += list(page.get_descendants().live().specific())
    problems = [message for item in pages if item.live for message in titled(item, refusals(item))]
    if not problems:
        return None
    for message in problems:
        messages.error(request, message)
    return redirect(request.get_full_path())
