"""The communication plan's activities, each with its indicator and a target.

The activities are the strategy's own (seeded by a data migration, idempotent); the
coordinators set the targets and say where each value comes from: a source the CMS
counts itself or that tools report (``indicators.sources``), or figures they record
by hand (meetings held, trainings given), kept in ``manual_value``.
"""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class PlanSection(models.TextChoices):
    ORGANISATION = "organisation", _("Organisational and coordination actions")
    MEETINGS = "meetings", _("Direct meetings and events")
    EDUCATION = "education", _("Educational component")
    CONTENT = "content", _("Content production")


class PlanActivity(models.Model):
    key = models.SlugField(_("key"), max_length=60, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    section = models.CharField(_("section"), max_length=20, choices=PlanSection.choices)
    title = models.CharField(_("activity"), max_length=200)
    expected_result = models.TextField(_("expected result"), blank=True)
    indicator = models.CharField(_("indicator"), max_length=200)
    source_key = models.CharField(
        _("counted by"),
        max_length=60,
        blank=True,
        help_text=_("Where the value comes from; empty: the value is entered by hand."),
    )
    manual_value = models.DecimalField(
        _("value entered by hand"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("For indicators the CMS cannot count (meetings held, trainings given)."),
    )
    target = models.DecimalField(
        _("target"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    responsible = models.CharField(_("responsible"), max_length=200, blank=True)
    timing = models.CharField(_("frequency or duration"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("plan activity")
        verbose_name_plural = _("plan activities")
        ordering = ["position", "pk"]
        permissions = [
            ("coordinate_communication", _("Can run the communication plan and its indicators")),
        ]

    def __str__(self):
        return self.title
