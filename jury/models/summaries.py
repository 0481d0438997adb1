"""A coordinator's anonymised summary of an entry, shown to jurors of blind rounds.

When an entry's own text names the entrant, their outlet or their team, the jurors of a
blind round read this summary instead of the free text (``jury/blind.py``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EntrySummary(models.Model):
    entry = models.OneToOneField(
        "contests.Entry",
        verbose_name=_("entry"),
        on_delete=models.PROTECT,
        related_name="jury_summary",
    )
    text = models.TextField(
        _("anonymised summary"),
        help_text=_("What jurors of blind rounds read instead of the entry's own text."),
    )
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("anonymised summary")
        verbose_name_plural = _("anonymised summaries")

    def __str__(self):
        return self.entry.reference
