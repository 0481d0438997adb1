"""Which files are private, what they are called, and how they move between storages.

A document or image is private when its collection, or any collection above it, has a
view restriction (the "Consent forms" collection, or any an administrator restricts).
Its file then lives under ``private/`` (see ``storage.py``) with a random name, since
upload names are often a person's name; the name the editor gave stays in the title.

``relocate()`` is the one place that moves a file when the item's privacy changes: it
is called after every save of an image or document, and for every item below a
collection whose view restriction is added or removed.
"""

import os
import uuid

from django.db import transaction

from wagtail.models import Collection, CollectionViewRestriction

from .storage import PRIVATE_PREFIX, is_private_name


def is_private_collection(collection_id) -> bool:
    if collection_id is None:
        return False
    path = Collection.objects.filter(pk=collection_id).values_list("path", flat=True).first()
    if path is None:
        return False
    step = Collection.steplen
    ancestor_paths = [path[:end] for end in range(step, len(path) + 1, step)]
    return CollectionViewRestriction.objects.filter(collection__path__in=ancestor_paths).exists()


def random_name(folder: str, filename: str) -> str:
    """``private/<folder>/<random>.<ext>``: nothing of the upload's name but its extension."""
    extension = os.path.splitext(filename)[1].lower()
    return f"{PRIVATE_PREFIX}{folder}/{uuid.uuid4().hex}{extension}"


def public_name(folder: str, filename: str) -> str:
    return f"{folder}/{os.path.basename(filename)}"


def relocate(item, folder: str) -> bool:
    """Move ``item.file`` to the storage its collection calls for; True when it moved.

    The copy is written and the row updated at once, so the item is never served from
    the wrong place after its save; the old file is deleted only when the transaction
    commits, so a rollback leaves the row pointing at a file that still exists.
    """
    name = item.file.name
    if not name:
        return False
    wants_private = is_private_collection(item.collection_id)
    if wants_private == is_private_name(name):
        return False
    storage = item.file.storage
    target = random_name(folder, name) if wants_private else public_name(folder, name)
    with storage.open(name) as source:
        new_name = storage.save(target, source, max_length=item.file.field.max_length)
    type(item).objects.filter(pk=item.pk).update(file=new_name)
    item.file.name = new_name
    transaction.on_commit(lambda: storage.delete(name))
    return True


def items_below(collection):
    """Every image and document in ``collection`` or a collection under it."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    collections = Collection.objects.filter(path__startswith=collection.path)
    for model in (get_image_model(), get_document_model()):
        yield from model.objects.filter(collection__in=collections).iterator()
