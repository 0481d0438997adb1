"""Signals that keep files where their privacy says, connected in ``apps.ready()``."""

from functools import partial

from django.db import transaction

from .tasks import move_collection_files


def collection_restriction_changed(sender, instance, raw=False, **kwargs):
    """A collection became private or public: move the files of everything below it."""
    if raw:
        return
    transaction.on_commit(partial(move_collection_files.enqueue, instance.collection_id))
