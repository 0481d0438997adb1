from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The root of one locale's tree: one per language, translations of each other."""

    central_theme = models.CharField(
        _("central theme"),
        max_length=255,
        help_text=_("The campaign's central theme, stated in one sentence."),
    )
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short paragraph under the theme."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("central_theme"),
        FieldPanel("introduction"),
    ]

    api_fields = [APIField("central_theme"), APIField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "stories.StoryIndexPage",
        "campaigns.CampaignThemePage",
        "contests.ContestProgrammePage",
        "exhibitions.ExhibitionPage",
    ]
    template = "cms/home_page.html"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
