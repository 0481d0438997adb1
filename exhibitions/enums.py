from django.db import models
from django.utils.translation import gettext_lazy as _


class VenueKind(models.TextChoices):
    EMBASSY = "embassy", _("Embassy")
    CONSULATE = "consulate", _("Consulate")
    CULTURAL_CENTRE = "cultural_centre", _("Centre for the Development of Culture and Traditions")


class TourStopStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    CONFIRMED = "confirmed", _("Confirmed")
    HELD = "held", _("Held")
