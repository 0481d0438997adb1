from django.db import models
from django.utils.translation import gettext_lazy as _


class ContestKind(models.TextChoices):
    AWARD = "award", _('Award ("Mykty Mekendesh")')
    JOURNALISTS = "journalists", _("Journalists' contest")
    INVEST_CHALLENGE = "invest_challenge", _("Invest-challenge (start-ups)")


class EditionStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open for entries")
    JUDGING = "judging", _("Judging")
    RESULTS = "results", _("Results")


class EntryState(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted, awaiting screening")
    ELIGIBLE = "eligible", _("Eligible")
    INELIGIBLE = "ineligible", _("Ineligible")
    WITHDRAWN = "withdrawn", _("Withdrawn by the entrant")


class Nominator(models.TextChoices):
    SELF = "self", _("The project's author (self-nomination)")
    THIRD_PARTY = "third_party", _("A third party")


class Medium(models.TextChoices):
    ARTICLE = "article", _("Article")
    VIDEO = "video", _("Video")
    PHOTO_STORY = "photo_story", _("Photo story")
    PODCAST = "podcast", _("Podcast")


class FieldType(models.TextChoices):
    """What an entry field holds; the API tells the form which control to draw."""

    TEXT = "text", _("Short text")
    LONG_TEXT = "long_text", _("Long text")
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Phone")
    URL = "url", _("Link")
    URLS = "urls", _("Links, one per line")
    DATE = "date", _("Date")
    INTEGER = "integer", _("Whole number")
    DECIMAL = "decimal", _("Amount")
    CHOICE = "choice", _("One of a list")
    YES_NO = "yes_no", _("Yes or no")
    PLACE = "place", _("Place in Kyrgyzstan (key)")
    SECTOR = "sector", _("Sector (key)")
    LANGUAGE = "language", _("Language code")
    TEAM = "team", _('Team members: one per line, "name, age"')
    IMAGES = "images", _("Photos")
    DOCUMENTS = "documents", _("Documents")
    FILES = "files", _("Photos or documents")


FILE_FIELD_TYPES = {FieldType.IMAGES, FieldType.DOCUMENTS, FieldType.FILES}


class FileKind(models.TextChoices):
    IMAGE = "image", _("Photo")
    DOCUMENT = "document", _("Document")


class DecisionKind(models.TextChoices):
    """What a jury's decision gives an entry; a grant only in the invest-challenge."""

    WINNER = "winner", _("Winner")
    SPECIAL_MENTION = "special_mention", _("Special mention")
    GRANT = "grant", _("Grant awarded")
