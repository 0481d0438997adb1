"""The sync ledger, kept in the database so every process answers from the same one.

Registered in the ``content_api`` app (``cms.api.models`` imports these classes).
"""

from django.db import models
from django.utils import timezone


class SyncState(models.Model):
    """One row per language: the last sequence number given out, and what the ledger was
    last reconciled against (its rows are locked while a reconcile runs)."""

    language = models.CharField(max_length=10, unique=True)
    sequence = models.BigIntegerField(default=0)
    version = models.CharField(max_length=32, blank=True)
    reconciled_at = models.DateTimeField(null=True)
    due_at = models.DateTimeField(
        null=True, help_text="The next moment an item's visibility or content changes by time."
    )

    class Meta:
        verbose_name = "sync state"

    def __str__(self):
        return f"{self.language}@{self.sequence}"


class SyncEntry(models.Model):
    """An item as the public last saw it in one language, or its tombstone (``gone``).

    ``payload`` is the item exactly as sent: a delta answers from the ledger alone, so
    what it sends always matches the fingerprint it was compared by.
    """

    language = models.CharField(max_length=10)
    kind = models.CharField(max_length=40)
    object_id = models.BigIntegerField()
    fingerprint = models.CharField(max_length=64)
    sequence = models.BigIntegerField()
    gone = models.BooleanField(default=False)
    payload = models.JSONField(null=True)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "sync entry"
        verbose_name_plural = "sync entries"
        constraints = [
            models.UniqueConstraint(
                fields=["language", "kind", "object_id"], name="sync_entry_one_per_item"
            )
        ]
        indexes = [models.Index(fields=["language", "sequence"], name="sync_entry_by_sequence")]

    def __str__(self):
        return f"{self.language}:{self.kind}:{self.object_id}@{self.sequence}"
