"""A deleted entry's files leave storage too, once the deletion is committed."""

from django.db import transaction
from django.db.models.signals import post_delete


def delete_stored_file(sender, instance, **kwargs):
    name = instance.file.name
    if name:
        storage = instance.file.storage
        transaction.on_commit(lambda: storage.delete(name))


def register_signal_handlers() -> None:
    from .models import EntryFile

    post_delete.connect(delete_stored_file, sender=EntryFile, dispatch_uid="contests_entry_file")
