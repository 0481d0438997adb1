from django.db import models
from django.utils.translation import gettext_lazy as _


class ScoreVisibility(models.TextChoices):
    """When a juror may see the other jurors' scores of an entry."""

    NEVER = "never", _("Never")
    AFTER_OWN = "after_own", _("After their own review is submitted")
    AFTER_CLOSE = "after_close", _("After the round closes")


class HeadlineMethod(models.TextChoices):
    MEAN = "mean", _("Weighted mean")
    MEDIAN = "median", _("Median")


class ReviewState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")


class AssignmentOrigin(models.TextChoices):
    MANUAL = "manual", _("By hand")
    AUTO = "auto", _("Automatic")


class ConflictType(models.TextChoices):
    SAME_OUTLET = "same_outlet", _("Same outlet or employer")
    RELATIVE = "relative", _("Relative")
    BUSINESS = "business", _("Business partner")
    PERSONAL = "personal", _("Personal relationship")
    OTHER = "other", _("Other")
