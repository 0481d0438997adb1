from django.db import transaction

from wagtail.signals import page_published

from .outdated import sync_translations_of


def sync_after_source_published(sender, instance, revision=None, **kwargs):
    """A republished source updates its translations' drafts once the publish commits."""
    if kwargs.get("alias"):
        return
    user = getattr(revision, "user", None)
    transaction.on_commit(lambda: sync_translations_of(instance, user))


def register_signal_handlers():
    page_published.connect(sync_after_source_published, dispatch_uid="translations-sync")
