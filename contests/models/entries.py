"""Entries sent to an edition, and their files. Private: no public API serves them."""

import os
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from media_library.storage import PRIVATE_PREFIX

from ..enums import EntryState, FileKind

ENTRY_FILES_FOLDER = "contest-entries"


def entry_file_name(instance, filename: str) -> str:
    """``private/contest-entries/<random>.<ext>``: never the entrant's own file name."""
    extension = os.path.splitext(filename)[1].lower()
    return f"{PRIVATE_PREFIX}{ENTRY_FILES_FOLDER}/{uuid.uuid4().hex}{extension}"


def new_reference() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(8))


class Entry(models.Model):
    """One entry: the common fields as columns, the kind's own answers as JSON.

    ``edition`` is always the source-language edition, whichever translation the entry
    was sent to, so one edition's entries are one list; ``language`` keeps the form's.
    """

    edition = models.ForeignKey(
        "contests.ContestEditionPage",
        verbose_name=_("edition"),
        on_delete=models.PROTECT,
        related_name="entries",
    )
    reference = models.CharField(
        _("reference"), max_length=12, unique=True, default=new_reference, editable=False
    )
    status_key = models.CharField(max_length=64, default=secrets.token_urlsafe, editable=False)
    language = models.CharField(_("language"), max_length=8)
    title = models.CharField(_("title"), max_length=200)
    entrant_name = models.CharField(_("entrant's name"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=254, db_index=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    country = models.CharField(_("country"), max_length=2, db_index=True)
    category = models.CharField(_("category"), max_length=60, db_index=True)
    medium = models.CharField(_("medium"), max_length=20, blank=True, db_index=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    consent_given_at = models.DateTimeField(_("consent given at"))
    privacy_notice_version = models.CharField(_("privacy notice version"), max_length=40)
    state = models.CharField(
        _("state"), max_length=20, choices=EntryState.choices, default=EntryState.SUBMITTED
    )
    screening_reason = models.CharField(
        _("reason (rule)"), max_length=60, blank=True, help_text=_("Key of the rule not met.")
    )
    screening_note = models.TextField(_("screening note"), blank=True)
    screened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("screened by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    screened_at = models.DateTimeField(_("screened at"), null=True, blank=True)
    is_duplicate = models.BooleanField(
        _("possible duplicate"),
        default=False,
        help_text=_("Another entry to this edition has the same e-mail and title."),
    )
    is_example = models.BooleanField(
        _("example"), default=False, help_text=_("Demo data, not a real entry.")
    )
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("contest entry")
        verbose_name_plural = _("contest entries")
        ordering = ["-created_at", "-pk"]
        permissions = [("screen_entry", _("Can screen contest entries"))]
        indexes = [models.Index(fields=["edition", "state"])]

    def __str__(self):
        return f"{self.reference} — {self.title}"


class EntryFile(models.Model):
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="files")
    field_name = models.CharField(_("field"), max_length=60)
    kind = models.CharField(_("kind"), max_length=10, choices=FileKind.choices)
    file = models.FileField(_("file"), upload_to=entry_file_name, max_length=255)
    # Shown to coordinators and used as the download name, never as a storage path.
    original_name = models.CharField(_("original name"), max_length=255, blank=True)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(_("size"))
    sha256 = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("entry file")
        verbose_name_plural = _("entry files")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name or os.path.basename(self.file.name)
