"""The outcome of an edition's judging: decisions, and when they were made public.

Decisions are never deleted or edited: a change is a new row that supersedes the old
one, and a withdrawal supersedes a row with nothing. What the public sees is decided
in ``contests/results.py``: a decision is public from the publication that included it
until the republication after it was superseded.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from stories.enums import Currency

from ..enums import DecisionKind

CITATION_LANGUAGES = ("ky", "ru", "en")


class Decision(models.Model):
    edition = models.ForeignKey(
        "contests.ContestEditionPage",
        verbose_name=_("edition"),
        on_delete=models.PROTECT,
        related_name="decisions",
        help_text=_("Always the edition in the source language, like its entries."),
    )
    entry = models.ForeignKey(
        "contests.Entry",
        verbose_name=_("entry"),
        on_delete=models.PROTECT,
        related_name="decisions",
    )
    kind = models.CharField(_("decision"), max_length=20, choices=DecisionKind.choices)
    category = models.SlugField(
        _("category"), max_length=60, help_text=_("Key of one of the edition's categories.")
    )
    rank = models.PositiveSmallIntegerField(
        _("place"), null=True, blank=True, help_text=_("1 for the first place, 2 for the second…")
    )
    amount = models.DecimalField(
        _("grant amount"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, blank=True)
    citation_ky = models.TextField(_("citation (Kyrgyz)"), blank=True)
    citation_ru = models.TextField(_("citation (Russian)"), blank=True)
    citation_en = models.TextField(_("citation (English)"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), default=timezone.now)
    superseded_at = models.DateTimeField(_("superseded at"), null=True, blank=True)
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    published_at = models.DateTimeField(_("made public at"), null=True, blank=True)
    retracted_at = models.DateTimeField(
        _("taken off the public results at"), null=True, blank=True
    )
    story = models.ForeignKey(
        "stories.SuccessStoryPage",
        verbose_name=_("story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["edition", "kind", "category", "rank", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "kind"],
                condition=Q(superseded_at__isnull=True),
                name="contests_decision_one_active_per_kind",
            ),
            models.UniqueConstraint(
                fields=["edition", "category", "rank"],
                condition=Q(
                    kind=DecisionKind.WINNER, superseded_at__isnull=True, rank__isnull=False
                ),
                name="contests_decision_one_winner_per_place",
            ),
            models.CheckConstraint(
                condition=~Q(kind=DecisionKind.GRANT)
                | Q(amount__isnull=False, amount__gt=0) & ~Q(currency=""),
                name="contests_decision_grant_has_amount",
            ),
        ]

    def __str__(self):
        return f"{self.entry.reference} — {self.get_kind_display()}"

    @property
    def is_active(self) -> bool:
        return self.superseded_at is None

    @property
    def is_public(self) -> bool:
        return self.published_at is not None and self.retracted_at is None

    def citation(self, chain) -> str:
        """The citation in the first language of ``chain`` that has one."""
        for code in chain:
            if code in CITATION_LANGUAGES and getattr(self, f"citation_{code}"):
                return getattr(self, f"citation_{code}")
        return ""


class ResultsPublication(models.Model):
    """That, when and by whom an edition's results were (last) made public."""

    edition = models.OneToOneField(
        "contests.ContestEditionPage",
        verbose_name=_("edition"),
        on_delete=models.PROTECT,
        related_name="results_publication",
    )
    first_published_at = models.DateTimeField(_("first published at"))
    published_at = models.DateTimeField(_("last published at"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("results publication")
        verbose_name_plural = _("results publications")

    def __str__(self):
        return str(self.edition)
