"""Short links printed as QR codes, and how often each is scanned.

A code names an exhibit by its translation key (the same in every language and kept
across revisions), never by a row: rows are replaced when a page is re-published or
translated, a printed label is not. Codes are made once and never changed, reused or
deleted, so every label ever printed keeps working. Scan counts keep nothing about
the visitor: no address, no cookie, no browser — only which code, at which venue
(from the QR code itself), on which day, how many times.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ShortLink(models.Model):
    code = models.CharField(_("code"), max_length=16, unique=True, editable=False)
    exhibit_key = models.UUIDField(
        _("exhibit"),
        unique=True,
        editable=False,
        help_text=_("The translation key of the exhibit, the same in every language."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("short link")
        verbose_name_plural = _("short links")

    def __str__(self):
        return self.code


class ScanCount(models.Model):
    """Scans of one short link, at one venue (or none named), on one day."""

    link = models.ForeignKey(
        ShortLink, verbose_name=_("short link"), on_delete=models.PROTECT, related_name="scans"
    )
    venue = models.ForeignKey(
        "exhibitions.Venue",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="scans",
    )
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("scans"), default=0)

    class Meta:
        verbose_name = _("scan count")
        verbose_name_plural = _("scan counts")
        constraints = [
            models.UniqueConstraint(
                fields=["link", "venue", "day"],
                condition=Q(venue__isnull=False),
                name="unique_scan_count_per_venue_day",
            ),
            models.UniqueConstraint(
                fields=["link", "day"],
                condition=Q(venue__isnull=True),
                name="unique_scan_count_without_venue_day",
            ),
        ]

    def __str__(self):
        return f"{self.link} · {self.day:%Y-%m-%d} · {self.count}"

    @property
    def exhibit_key(self):
        return self.link.exhibit_key
