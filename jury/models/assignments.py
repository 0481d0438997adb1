"""Who judges which entry in a round, and who must not."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import AssignmentOrigin, ConflictType


class AssignmentQuerySet(models.QuerySet):
    def current(self):
        """Assignments not withdrawn: the ones that count for work, loads and results."""
        return self.filter(withdrawn_at__isnull=True)


class Assignment(models.Model):
    """An entry given to a juror in a round. Withdrawn, never deleted: the history stays."""

    round = models.ForeignKey(
        "jury.Round", verbose_name=_("round"), on_delete=models.PROTECT, related_name="assignments"
    )
    entry = models.ForeignKey(
        "contests.Entry",
        verbose_name=_("entry"),
        on_delete=models.PROTECT,
        related_name="jury_assignments",
    )
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("juror"),
        on_delete=models.PROTECT,
        related_name="jury_assignments",
    )
    origin = models.CharField(
        _("assigned"),
        max_length=10,
        choices=AssignmentOrigin.choices,
        default=AssignmentOrigin.MANUAL,
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_at = models.DateTimeField(_("assigned at"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawn by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["round", "entry", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "entry", "juror"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="jury_assignment_unique",
            )
        ]

    def __str__(self):
        return f"{self.entry.reference} → {self.juror}"


class Conflict(models.Model):
    """A conflict of interest between a juror and an entry, for every round.

    Declared by the juror or recorded by a coordinator. A conflicted juror's score is
    left out of the results unless a coordinator decides it counts.
    """

    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("juror"),
        on_delete=models.PROTECT,
        related_name="jury_conflicts",
    )
    entry = models.ForeignKey(
        "contests.Entry",
        verbose_name=_("entry"),
        on_delete=models.PROTECT,
        related_name="jury_conflicts",
    )
    type = models.CharField(_("type"), max_length=20, choices=ConflictType.choices)
    reason = models.TextField(_("reason"), blank=True)
    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("declared by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    declared_at = models.DateTimeField(_("declared at"), auto_now_add=True)
    score_counts = models.BooleanField(
        _("existing score counts"),
        default=False,
        help_text=_("A coordinator's decision to keep a score given before the conflict."),
    )

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        ordering = ["-declared_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["juror", "entry"], name="jury_conflict_unique")
        ]

    def __str__(self):
        return f"{self.juror} ≠ {self.entry.reference}"
