"""The fixed vocabularies of reported metrics: tools, channels, metrics, survey waves."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportingTool(models.TextChoices):
    """Who sends counts; part of a count's identity, so two tools never overwrite each other."""

    PORTAL = "portal", _("Portal (migrant.kg)")
    APP = "app", _("Mobile app (Migrants' Guide)")
    SOCIAL = "social", _("Social media tools")
    OTHER = "other", _("Other tool")


class Channel(models.TextChoices):
    WEB = "web", _("Website")
    APP = "app", _("Mobile app")
    FACEBOOK = "facebook", _("Facebook")
    INSTAGRAM = "instagram", _("Instagram")
    TELEGRAM = "telegram", _("Telegram")
    YOUTUBE = "youtube", _("YouTube")
    TIKTOK = "tiktok", _("TikTok")
    WHATSAPP = "whatsapp", _("WhatsApp")
    X = "x", _("X (Twitter)")
    VK = "vk", _("VK")
    ODNOKLASSNIKI = "odnoklassniki", _("Odnoklassniki")


class Metric(models.TextChoices):
    VIEWS = "views", _("Views")
    VISITORS = "visitors", _("Visitors")
    SHARES = "shares", _("Shares and reposts")
    REACTIONS = "reactions", _("Reactions")
    COMMENTS = "comments", _("Comments")
    SUBSCRIBERS = "subscribers", _("Subscribers")


# Levels, not flows: a period's value is the latest count, never a sum of days.
LEVEL_METRICS = {Metric.SUBSCRIBERS}


class SurveyStage(models.TextChoices):
    BEFORE = "before", _("Before the plan's implementation")
    AFTER = "after", _("After the plan's implementation")


class SurveyMethod(models.TextChoices):
    PHONE = "phone", _("Telephone survey")
    ONLINE = "online", _("Online survey")
