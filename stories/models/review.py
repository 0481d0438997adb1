"""What makes a snippet public content under review: drafts, revisions, the workflow.

A hero is public content about a real person, and places, countries and sectors are
what every story is filtered by: a change reaches the API only when a coordinating
editor publishes it. The database row keeps the live version while a later change
waits as a revision, so the API reads rows with ``live=True`` and nothing else.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models

from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin


class ReviewedSnippet(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(class)s")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions

    def save_revision(self, *args, **kwargs):
        """Rows published before they had revisions (migrated, or made by code) get
        their live version recorded first: Wagtail would otherwise take such a row
        offline while a change scheduled for later waits for its time."""
        if self.pk and self.live and not self.live_revision_id:
            stored = type(self).objects.get(pk=self.pk)
            baseline = RevisionMixin.save_revision(stored, clean=False, changed=False)
            type(self).objects.filter(pk=self.pk).update(live_revision=baseline)
            self.live_revision = baseline
        return super().save_revision(*args, **kwargs)
