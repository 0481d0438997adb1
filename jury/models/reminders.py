"""When a juror was last reminded of their pending reviews in a round.

One row per e-mail sent, never updated: it tells the coordinator who was reminded and
when, and lets a repeated run skip jurors reminded a moment ago.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Reminder(models.Model):
    round = models.ForeignKey(
        "jury.Round", verbose_name=_("round"), on_delete=models.PROTECT, related_name="reminders"
    )
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("juror"),
        on_delete=models.PROTECT,
        related_name="jury_reminders",
    )
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when sent by the scheduled command."),
    )

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ["-sent_at", "-pk"]

    def __str__(self):
        return f"{self.round} → {self.juror}"
