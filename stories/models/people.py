from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from cms.publication import PublicationRuleMixin
from stories.enums import PersonRole
from stories.forms import PersonForm

from .review import ReviewedSnippet


class Person(PublicationRuleMixin, ReviewedSnippet, TranslatableMixin, index.Indexed):
    """A hero of a story: an investor, a beneficiary, an official or an organisation.

    Their photo passes the consent rule when a change is published, as on pages.
    """

    name = models.CharField(_("name"), max_length=255)
    role = models.CharField(_("role"), max_length=20, choices=PersonRole.choices)
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences about who they are.")
    )
    country_of_residence = models.ForeignKey(
        "stories.Country",
        verbose_name=_("country of residence"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    home_place = models.ForeignKey(
        "stories.Place",
        verbose_name=_("home place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where in Kyrgyzstan they come from."),
    )
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    base_form_class = PersonForm
    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("description"),
        FieldPanel("country_of_residence"),
        FieldPanel("home_place"),
        FieldPanel("photo"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("role"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def images_in_use(self):
        if self.photo_id:
            yield self.photo
