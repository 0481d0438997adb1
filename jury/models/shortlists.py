"""Entries chosen from one round to be judged again in the next."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Shortlisting(models.Model):
    """An entry taken into a later round; that round judges its shortlisted entries only."""

    round = models.ForeignKey(
        "jury.Round",
        verbose_name=_("into round"),
        on_delete=models.PROTECT,
        related_name="shortlistings",
    )
    from_round = models.ForeignKey(
        "jury.Round",
        verbose_name=_("from round"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    entry = models.ForeignKey(
        "contests.Entry",
        verbose_name=_("entry"),
        on_delete=models.PROTECT,
        related_name="jury_shortlistings",
    )
    shortlisted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("shortlisted by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    shortlisted_at = models.DateTimeField(_("shortlisted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("shortlisting")
        verbose_name_plural = _("shortlistings")
        ordering = ["round", "shortlisted_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["round", "entry"], name="jury_shortlisting_unique")
        ]

    def __str__(self):
        return f"{self.entry.reference} → {self.round}"
