"""The content version, kept in the database.

A cache is per process unless it is Redis; a change committed by a command, a task
worker or another web worker must retire every process's cached responses at once.
One row, read once per request and updated in the same transaction as the change,
gives every process the same answer whatever the cache backend.
"""

from django.db import models

# The sync ledger lives beside the code that keeps it; its models belong to this app.
from .sync.models import SyncEntry, SyncState

__all__ = ["ContentVersion", "SyncEntry", "SyncState"]


class ContentVersion(models.Model):
    token = models.CharField(max_length=32)
    changed_at = models.DateTimeField()

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return self.token
