"""Story tips: what compatriots send through "Tell us your story", and their photos.

Private: no public API reads them back. The contacts are the sender's personal data,
shown only to those with ``tips.view_tip_contacts`` and cleared by the retention
command some days after the tip is closed.
"""

import os
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from media_library.storage import PRIVATE_PREFIX

from .enums import TipState

PHOTOS_FOLDER = "story-tips"


def photo_file_name(instance, filename: str) -> str:
    """``private/story-tips/<random>.<ext>``: never the sender's own file name."""
    extension = os.path.splitext(filename)[1].lower()
    return f"{PRIVATE_PREFIX}{PHOTOS_FOLDER}/{uuid.uuid4().hex}{extension}"


def new_reference() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "T-" + "".join(secrets.choice(alphabet) for _ in range(8))


class StoryTip(models.Model):
    reference = models.CharField(
        _("reference"), max_length=12, unique=True, default=new_reference, editable=False
    )
    language = models.CharField(_("language"), max_length=8)
    is_anonymous = models.BooleanField(_("anonymous"), default=False)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    phone = models.CharField(
        _("phone or messenger"),
        max_length=100,
        blank=True,
        help_text=_("A phone number or a messenger handle (Telegram, WhatsApp…)."),
    )
    country = models.CharField(_("country of residence"), max_length=2, db_index=True)
    place = models.ForeignKey(
        "stories.Place",
        verbose_name=_("place at home"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    place_text = models.CharField(_("place at home (as written)"), max_length=200, blank=True)
    what_happened = models.TextField(_("what happened"))
    may_be_named = models.BooleanField(
        _("agrees to be named"),
        default=False,
        help_text=_("The sender agreed to be named in a published story."),
    )
    consent_given_at = models.DateTimeField(_("consent given at"))
    privacy_notice_version = models.CharField(_("privacy notice version"), max_length=40)
    state = models.CharField(
        _("state"), max_length=20, choices=TipState.choices, default=TipState.NEW, db_index=True
    )
    state_note = models.TextField(_("note"), blank=True)
    state_changed_at = models.DateTimeField(_("state changed at"), null=True, blank=True)
    state_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("state changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    closed_at = models.DateTimeField(
        _("closed at"), null=True, blank=True, help_text=_("When it became a story or declined.")
    )
    story = models.ForeignKey(
        "stories.SuccessStoryPage",
        verbose_name=_("story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_example = models.BooleanField(
        _("example"), default=False, help_text=_("Demo data, not a real tip.")
    )
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)
    created_at = models.DateTimeField(_("received at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("story tip")
        verbose_name_plural = _("story tips")
        ordering = ["-created_at", "-pk"]
        permissions = [("view_tip_contacts", _("Can see the contacts of story tips"))]

    def __str__(self):
        return self.reference


class TipPhoto(models.Model):
    tip = models.ForeignKey(StoryTip, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField(_("file"), upload_to=photo_file_name, max_length=255)
    # Shown to editors, never used as a storage path.
    original_name = models.CharField(_("original name"), max_length=255, blank=True)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(_("size"))
    sha256 = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("tip photo")
        verbose_name_plural = _("tip photos")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name or os.path.basename(self.file.name)
