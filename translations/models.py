"""What changed in a source between syncs, so translators see it segment by segment.

wagtail-localize keeps only the current segments of a source; once it is synced, the
text the translator translated is gone. Each automatic sync records the source strings
before and after, keyed by their place in the page (the segment's context path).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SourceChange(models.Model):
    source = models.ForeignKey(
        "wagtail_localize.TranslationSource",
        on_delete=models.CASCADE,
        related_name="recorded_changes",
        verbose_name=_("translation source"),
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now, db_index=True)
    before = models.JSONField(_("source strings before"), default=dict)
    after = models.JSONField(_("source strings after"), default=dict)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("source change")
        verbose_name_plural = _("source changes")

    def __str__(self):
        return f"{self.source} @ {self.changed_at:%Y-%m-%d %H:%M}"
