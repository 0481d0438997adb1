from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    """The strategy's target audiences (its communication plan, Annex 1)."""

    PRIMARY = "primary", _("Primary: diasporas, compatriots and migrants abroad")
    SECONDARY = "secondary", _("Secondary: government agencies and partners")
    TERTIARY = "tertiary", _("Tertiary: the population and opinion leaders")


class ThemeKind(models.TextChoices):
    CENTRAL = "central", _("Central theme")
    TOPIC = "topic", _("Additional topic")
