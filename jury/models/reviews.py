"""A juror's review of an assigned entry and its raw scores.

Scores are stored exactly as given; results (totals, ranks, normalised figures) are
computed from them in ``jury/results.py`` and never written back.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import ReviewState


class Review(models.Model):
    assignment = models.OneToOneField(
        "jury.Assignment",
        verbose_name=_("assignment"),
        on_delete=models.PROTECT,
        related_name="review",
    )
    state = models.CharField(
        _("state"), max_length=10, choices=ReviewState.choices, default=ReviewState.DRAFT
    )
    comment = models.TextField(_("comment"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    reopened_at = models.DateTimeField(
        _("reopened at"),
        null=True,
        blank=True,
        help_text=_("When a coordinator last reopened it; after the deadline, an extension."),
    )

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["assignment", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(state=ReviewState.SUBMITTED, submitted_at__isnull=False)
                    | models.Q(state=ReviewState.DRAFT)
                ),
                name="jury_review_submitted_has_date",
            )
        ]

    def __str__(self):
        return str(self.assignment)


class Score(models.Model):
    review = models.ForeignKey(
        Review, verbose_name=_("review"), on_delete=models.PROTECT, related_name="scores"
    )
    criterion = models.ForeignKey(
        "jury.Criterion",
        verbose_name=_("criterion"),
        on_delete=models.PROTECT,
        related_name="scores",
    )
    value = models.SmallIntegerField(_("score"))

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        ordering = ["review", "criterion"]
        constraints = [
            models.UniqueConstraint(fields=["review", "criterion"], name="jury_score_unique")
        ]

    def __str__(self):
        return f"{self.criterion}: {self.value}"

    def save(self, *args, **kwargs):
        """Raw scores are the record: none outside its scale or round is ever stored."""
        self.clean()
        super().save(*args, **kwargs)

    def clean(self):
        criterion = self.criterion
        if criterion.round_id != self.review.assignment.round_id:
            raise ValidationError({"criterion": _("This criterion belongs to another round.")})
        if not criterion.scale_min <= self.value <= criterion.scale_max:
            raise ValidationError(
                {
                    "value": _("A score for “%(criterion)s” runs from %(min)s to %(max)s.")
                    % {
                        "criterion": criterion.name(),
                        "min": criterion.scale_min,
                        "max": criterion.scale_max,
                    }
                }
            )
