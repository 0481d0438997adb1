"""Rounds of judging of an edition and the criteria each round scores."""

from decimal import Decimal

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ..enums import HeadlineMethod, ScoreVisibility

LANGUAGES = ("ky", "ru", "en")


class Round(ClusterableModel):
    """One stage of an edition's judging (screening, first round, final...).

    Each round has its own criteria, assignments and reviews, so a later round's
    scores never mix with an earlier round's.
    """

    edition = models.ForeignKey(
        "contests.ContestEditionPage",
        verbose_name=_("edition"),
        on_delete=models.PROTECT,
        related_name="jury_rounds",
    )
    name = models.CharField(_("name"), max_length=120)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("deadline"))
    blind = models.BooleanField(
        _("blind"),
        default=False,
        help_text=_("Entrants' names, contacts, nominators and outlets are hidden from jurors."),
    )
    score_visibility = models.CharField(
        _("jurors see others' scores"),
        max_length=20,
        choices=ScoreVisibility.choices,
        default=ScoreVisibility.NEVER,
    )
    headline_method = models.CharField(
        _("headline figure"),
        max_length=10,
        choices=HeadlineMethod.choices,
        default=HeadlineMethod.MEAN,
    )
    disagreement_threshold = models.DecimalField(
        _("disagreement threshold"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("3"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("An entry is flagged when its jurors' totals differ by more than this."),
    )

    class Meta:
        verbose_name = _("jury round")
        verbose_name_plural = _("jury rounds")
        ordering = ["edition", "position", "pk"]
        permissions = [("coordinate_jury", _("Can coordinate juries"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="jury_round_ends_after_start",
            )
        ]

    def __str__(self):
        return f"{self.edition.title} — {self.name}"

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The deadline cannot be before the start.")})


class Criterion(models.Model):
    """What jurors score, with its scale and weight.

    An information-only criterion is shown and scored but never counted in a total.
    """

    round = ParentalKey(
        Round, verbose_name=_("round"), on_delete=models.CASCADE, related_name="criteria"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    name_ky = models.CharField(_("name (Kyrgyz)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    guidance_ky = models.TextField(_("guidance (Kyrgyz)"), blank=True)
    guidance_ru = models.TextField(_("guidance (Russian)"), blank=True)
    guidance_en = models.TextField(_("guidance (English)"), blank=True)
    scale_min = models.SmallIntegerField(_("lowest score"), default=1)
    scale_max = models.SmallIntegerField(_("highest score"), default=10)
    min_label = models.CharField(_("label of the lowest score"), max_length=60, blank=True)
    max_label = models.CharField(_("label of the highest score"), max_length=60, blank=True)
    weight = models.DecimalField(
        _("weight"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    required = models.BooleanField(_("required"), default=True)
    information_only = models.BooleanField(
        _("information only"), default=False, help_text=_("Shown to jurors but not counted.")
    )

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["round", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(scale_max__gt=models.F("scale_min")),
                name="jury_criterion_scale_order",
            ),
            models.CheckConstraint(
                condition=models.Q(weight__gte=0), name="jury_criterion_weight_not_negative"
            ),
        ]

    def __str__(self):
        return self.name()

    def clean(self):
        scale = (self.scale_min, self.scale_max)
        if None not in scale and self.scale_max <= self.scale_min:
            raise ValidationError({"scale_max": _("The highest score must be above the lowest.")})
        if not self.information_only and self.weight == 0:
            raise ValidationError({"weight": _("A counted criterion needs a weight above zero.")})
        self._keep_stored_scores_on_scale()

    def _keep_stored_scores_on_scale(self):
        """Raw scores are the record: the scale may widen, never cut off a stored score."""
        if self.pk is None or None in (self.scale_min, self.scale_max):
            return
        stored = self.scores.aggregate(low=models.Min("value"), high=models.Max("value"))
        if stored["low"] is None:
            return
        if self.scale_min > stored["low"] or self.scale_max < stored["high"]:
            raise ValidationError(
                _(
                    "Jurors have already given scores from %(low)s to %(high)s on this "
                    "criterion: its scale must still include them."
                )
                % stored
            )

    def _translated(self, field: str, language: str | None) -> str:
        language = (language or get_language() or "ky")[:2]
        order = [language] + [code for code in LANGUAGES if code != language]
        for code in order if language in LANGUAGES else LANGUAGES:
            value = getattr(self, f"{field}_{code}")
            if value:
                return value
        return ""

    def name(self, language: str | None = None) -> str:
        """The name in the language asked for (or the current one), else the first given."""
        return self._translated("name", language)

    def guidance(self, language: str | None = None) -> str:
        return self._translated("guidance", language)

    @property
    def counted(self) -> bool:
        return not self.information_only
