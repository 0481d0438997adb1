"""The sync ledger: what each language's public set looked like at each sequence number.

Reconciling builds every registered type's public items, compares each item's
fingerprint with the ledger's, and gives a new sequence number to each item that
appeared, changed, came back or left (a tombstone). It runs only when the content
version changed or a moment passed at which something changes by the clock (a page's
expiry or go-live, a contest's status), under a lock on the language's state row,
so two requests never number the same change twice. Deltas are then plain reads of
the rows after a sequence number: their cost does not grow with the number of items.
"""

import datetime
import hashlib
import json

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from ..content_version import content_version
from ..languages import fallback_chain
from ..rendering import dumps
from ..visibility import next_change_at
from .models import SyncEntry, SyncState
from .registry import IMAGES, images_in, registered, type_names

BATCH = 500


def current_state(language: str, request=None) -> SyncState:
    """The language's state, reconciled first if anything may have changed."""
    state, _created = SyncState.objects.get_or_create(language=language)
    if _fresh(state):
        return state
    with transaction.atomic():
        # The row's write lock before anything is read: on PostgreSQL the update locks
        # the row as FOR UPDATE would; on SQLite, where FOR UPDATE does nothing, it makes
        # this transaction the database's one writer, so no other reconcile interleaves.
        SyncState.objects.filter(pk=state.pk).update(sequence=F("sequence"))
        state = SyncState.objects.get(pk=state.pk)
        if not _fresh(state):
            _reconcile(state, request)
    return state


def _fresh(state: SyncState) -> bool:
    if state.version != content_version().token:
        return False
    return state.due_at is None or state.due_at > timezone.now()


def public_items(language: str, request=None) -> dict[tuple[str, int], dict]:
    """``(type, id) → item`` for everything the public sees in ``language`` now."""
    chain = fallback_chain(language)
    items: dict[tuple[str, int], dict] = {}
    for sync_type in registered():
        for pk, item in sync_type.collect(language, chain, request).items():
            items[(sync_type.name, pk)] = item
    images: dict[int, dict] = {}
    for item in items.values():
        for image in images_in(item):
            images.setdefault(image["id"], image)
    items.update({(IMAGES, pk): image for pk, image in images.items()})
    return items


def _reconcile(state: SyncState, request) -> None:
    version = content_version().token
    now = timezone.now()
    order = {name: position for position, name in enumerate(type_names())}
    current = public_items(state.language, request)
    known = {
        (kind, object_id): (pk, fingerprint, gone)
        for pk, kind, object_id, fingerprint, gone in SyncEntry.objects.filter(
            language=state.language
        ).values_list("pk", "kind", "object_id", "fingerprint", "gone")
    }
    sequence = state.sequence
    created, updated = [], []
    for key in sorted(current, key=lambda key: (order.get(key[0], len(order)), key[1])):
        text = dumps(current[key])
        fingerprint = hashlib.sha256(text).hexdigest()
        was = known.get(key)
        if was is not None and not was[2] and was[1] == fingerprint:
            continue
        sequence += 1
        entry = SyncEntry(
            language=state.language,
            kind=key[0],
            object_id=key[1],
            fingerprint=fingerprint,
            sequence=sequence,
            gone=False,
            payload=json.loads(text),
            changed_at=now,
        )
        if was is None:
            created.append(entry)
        else:
            entry.pk = was[0]
            updated.append(entry)
    for key in sorted(set(known) - set(current)):
        pk, _fingerprint, gone = known[key]
        if not gone:
            sequence += 1
            updated.append(
                SyncEntry(
                    pk=pk,
                    fingerprint="",
                    sequence=sequence,
                    gone=True,
                    payload=None,
                    changed_at=now,
                )
            )
    SyncEntry.objects.bulk_create(created, batch_size=BATCH)
    SyncEntry.objects.bulk_update(
        updated, ["fingerprint", "sequence", "gone", "payload", "changed_at"], batch_size=BATCH
    )
    _prune_tombstones(state.language, now)
    state.sequence = sequence
    state.version = version
    state.reconciled_at = now
    state.due_at = _due(now)
    state.save()


def _prune_tombstones(language: str, now) -> None:
    """Forget removals older than a token may live: every token still accepted was
    given after such a removal was numbered, so its client has it or never held the item.
    An hour's margin covers answers being written while the removal was numbered."""
    cutoff = now - datetime.timedelta(seconds=settings.SYNC_TOKEN_MAX_AGE, hours=1)
    SyncEntry.objects.filter(language=language, gone=True, changed_at__lt=cutoff).delete()


def _due(now):
    moments = [next_change_at(now)]
    moments += [t.next_change(now) for t in registered() if t.next_change is not None]
    return min((moment for moment in moments if moment is not None), default=None)


def entries_after(language: str, *, after: int, floor: int, upto: int, limit: int):
    """Up to ``limit`` rows numbered in ``(after, upto]``, in order; tombstones only
    above ``floor`` (a client starting from nothing needs none older than its start)."""
    return list(
        SyncEntry.objects.filter(language=language, sequence__gt=after, sequence__lte=upto)
        .filter(Q(gone=False) | Q(sequence__gt=floor))
        .order_by("sequence")
        .values_list("kind", "object_id", "sequence", "gone", "payload")[:limit]
    )
