"""Subscribers, the messages sent to them, and every attempt at delivering one.

A message is one event about one item, with its Standard Webhooks id (``msg_…``) and
the exact body that is signed; a delivery is that message for one subscriber, retried
until it succeeds or runs out of attempts; an attempt records what the receiver said,
keeping no more than a short excerpt of its response.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

EXCERPT_LENGTH = 1024


class Subscriber(models.Model):
    name = models.CharField(_("name"), max_length=120)
    url = models.URLField(_("URL"), max_length=500, help_text=_("Where the events are POSTed."))
    events = models.JSONField(_("events"), default=list)
    types = models.JSONField(
        _("content types"), default=list, blank=True, help_text=_("None chosen: every type.")
    )
    locales = models.JSONField(
        _("languages"), default=list, blank=True, help_text=_("None chosen: every language.")
    )
    encrypted_secret = models.TextField(editable=False)
    secret_created_at = models.DateTimeField(_("secret made at"), editable=False)
    paused = models.BooleanField(_("paused"), default=False)
    paused_automatically = models.BooleanField(default=False, editable=False)
    failing_since = models.DateTimeField(
        _("failing since"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("First failed attempt since the last success."),
    )
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

    class Meta:
        verbose_name = _("webhook subscriber")
        verbose_name_plural = _("webhook subscribers")
        ordering = ["name", "pk"]
        permissions = [("manage_subscribers", _("Can manage webhook subscribers"))]

    def __str__(self):
        return self.name

    def wants(self, event: str, type_label: str, locale: str | None) -> bool:
        """Whether an event about an item of ``type_label`` in ``locale`` is for it.
        Items the same in every language (``locale`` None) reach every subscriber."""
        return (
            event in self.events
            and (not self.types or type_label in self.types)
            and (locale is None or not self.locales or locale in self.locales)
        )


class Message(models.Model):
    webhook_id = models.CharField(_("webhook id"), max_length=40, unique=True)
    event = models.CharField(_("event"), max_length=60)
    type = models.CharField(_("type"), max_length=100, blank=True)
    object_id = models.CharField(_("item id"), max_length=40, blank=True)
    locale = models.CharField(_("language"), max_length=10, blank=True)
    body = models.TextField(_("body"))
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        verbose_name = _("webhook message")
        verbose_name_plural = _("webhook messages")

    def __str__(self):
        return f"{self.event} {self.webhook_id}"


class Delivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        SENDING = "sending", _("Sending")
        RETRYING = "retrying", _("Failed, will retry")
        SUCCEEDED = "succeeded", _("Delivered")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Not sent: subscriber paused")

    subscriber = models.ForeignKey(
        Subscriber,
        verbose_name=_("subscriber"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    message = models.ForeignKey(
        Message, verbose_name=_("message"), on_delete=models.CASCADE, related_name="deliveries"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    manual = models.BooleanField(
        _("sent by hand"),
        default=False,
        help_text=_("A test event or a redelivery: sent even while the subscriber is paused."),
    )
    created_at = models.DateTimeField(_("created at"))
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="webhooks_delivery_due"),
            models.Index(fields=["created_at"], name="webhooks_delivery_created"),
        ]

    def __str__(self):
        return f"{self.message} → {self.subscriber}"


class Attempt(models.Model):
    delivery = models.ForeignKey(
        Delivery, verbose_name=_("delivery"), on_delete=models.CASCADE, related_name="log"
    )
    number = models.PositiveSmallIntegerField(_("attempt"))
    started_at = models.DateTimeField(_("time"))
    duration_ms = models.PositiveIntegerField(_("duration (ms)"))
    succeeded = models.BooleanField(_("succeeded"))
    status_code = models.PositiveSmallIntegerField(_("response code"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=255, blank=True)
    response_excerpt = models.CharField(_("response"), max_length=EXCERPT_LENGTH, blank=True)

    class Meta:
        verbose_name = _("delivery attempt")
        verbose_name_plural = _("delivery attempts")
        ordering = ["-started_at", "-pk"]

    def __str__(self):
        return f"{self.delivery} #{self.number}"
