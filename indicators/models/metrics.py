"""Counts reported by the portal, the app and the social tools, and their tokens.

A token is shown once when it is made and kept only as a SHA-256 hash: it is a long
random string, so a plain hash is enough and lets a request be matched with one query.
A count is one (item, channel, day, tool, metric): a resend replaces it.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import Channel, Metric, ReportingTool

# The id stored for an item type that takes none (the site or app as a whole).
NO_ID = 0


class ReportingToken(models.Model):
    name = models.CharField(
        _("name"), max_length=100, help_text=_("Who uses it, e.g. “Portal analytics export”.")
    )
    tool = models.CharField(_("reporting tool"), max_length=20, choices=ReportingTool.choices)
    prefix = models.CharField(_("begins with"), max_length=12, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("reporting token")
        verbose_name_plural = _("reporting tokens")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class MetricCount(models.Model):
    item_type = models.CharField(_("item type"), max_length=30)
    item_id = models.PositiveBigIntegerField(_("item id"), default=NO_ID)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    day = models.DateField(_("day"))
    tool = models.CharField(_("reporting tool"), max_length=20, choices=ReportingTool.choices)
    metric = models.CharField(_("metric"), max_length=20, choices=Metric.choices)
    value = models.PositiveBigIntegerField(_("count"))
    token = models.ForeignKey(
        ReportingToken,
        verbose_name=_("sent with"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="counts",
    )
    updated_at = models.DateTimeField(_("received at"), auto_now=True)
    is_example = models.BooleanField(
        _("example"), default=False, help_text=_("Made up for a demonstration, not real.")
    )

    class Meta:
        verbose_name = _("reported count")
        verbose_name_plural = _("reported counts")
        constraints = [
            models.UniqueConstraint(
                fields=["item_type", "item_id", "channel", "day", "tool", "metric"],
                name="indicators_one_count_per_item_channel_day_tool_metric",
            )
        ]
        indexes = [models.Index(fields=["metric", "day"])]

    def __str__(self):
        return (
            f"{self.item_type}:{self.item_id} {self.channel} {self.day} {self.metric}={self.value}"
        )
