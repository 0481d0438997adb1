"""Survey waves of the target audience, entered by hand, and the report's conclusions.

The strategy asks three questions of compatriots and migrants, before and after the
plan (by telephone or online); a wave keeps the respondents and how many answered yes
to each, so the report gives shares that can be compared between waves.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import SurveyMethod, SurveyStage

QUESTIONS = [
    ("aware", _("Aware of opportunities to invest in projects in the Kyrgyz Republic")),
    ("satisfied", _("Satisfied with the information about these opportunities")),
    ("important", _("Think it is important to invest in projects at home")),
]
# Column headings for the same questions, where space is short.
SHORT_QUESTIONS = {
    "aware": _("Aware"),
    "satisfied": _("Satisfied"),
    "important": _("Find it important"),
}


class SurveyWave(models.Model):
    name = models.CharField(_("name"), max_length=150)
    stage = models.CharField(_("stage"), max_length=10, choices=SurveyStage.choices)
    method = models.CharField(_("method"), max_length=10, choices=SurveyMethod.choices)
    held_from = models.DateField(_("held from"))
    held_until = models.DateField(_("held until"))
    respondents = models.PositiveIntegerField(_("respondents"))
    aware = models.PositiveIntegerField(QUESTIONS[0][1])
    satisfied = models.PositiveIntegerField(QUESTIONS[1][1])
    important = models.PositiveIntegerField(QUESTIONS[2][1])
    notes = models.TextField(_("notes"), blank=True)
    is_example = models.BooleanField(
        _("example"), default=False, help_text=_("Made up for a demonstration, not real.")
    )

    class Meta:
        verbose_name = _("survey wave")
        verbose_name_plural = _("survey waves")
        ordering = ["held_from", "pk"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        if self.held_from and self.held_until and self.held_until < self.held_from:
            errors["held_until"] = _("The last day is before the first.")
        for field, _label in QUESTIONS:
            answered = getattr(self, field)
            if None not in (answered, self.respondents) and answered > self.respondents:
                errors[field] = _("More than the respondents.")
        if errors:
            raise ValidationError(errors)

    @property
    def aware_share(self):
        return self.share("aware")

    @property
    def satisfied_share(self):
        return self.share("satisfied")

    @property
    def important_share(self):
        return self.share("important")

    def share(self, field: str):
        """Percentage of respondents who answered yes, one decimal; None without any."""
        if not self.respondents:
            return None
        return round(100 * getattr(self, field) / self.respondents, 1)


class Conclusion(models.Model):
    """A recommendation for changing the plan: the final report's fourth part."""

    written_on = models.DateField(_("written on"))
    text = models.TextField(_("recommendation"))

    class Meta:
        verbose_name = _("conclusion")
        verbose_name_plural = _("conclusions")
        ordering = ["written_on", "pk"]

    def __str__(self):
        return self.text[:60]
