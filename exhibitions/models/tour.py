"""Where the exhibition travels: venues (translated snippets) and tour stops.

Both are public content reviewed like the heroes and places (``ReviewedSnippet``): a
change reaches the API when a coordinating editor publishes it. A tour stop's dates,
venue and visitor numbers are the same in every language, so it is one row, not a
translation; it names the exhibition by its Kyrgyz page. Held stops are what the
strategy's indicator ("number of exhibitions") counts.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import iter_images
from cms.coordinates import latitude_field, longitude_field
from cms.publication import PublicationRuleMixin
from stories.models.review import ReviewedSnippet

from ..enums import TourStopStatus, VenueKind
from ..forms import TourStopForm


class Venue(ReviewedSnippet, TranslatableMixin, index.Indexed):
    """An embassy, consulate or cultural centre that shows the exhibition.

    ``code`` is short and the same in every language: the printed QR codes carry it
    (``/s/<code>?v=<venue>``) so that scans are counted per venue.
    """

    code = models.SlugField(
        _("code"),
        max_length=20,
        help_text=_("A few Latin letters, the same in every language, e.g. moscow."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=VenueKind.choices)
    name = models.CharField(_("name"), max_length=255)
    city = models.CharField(_("city"), max_length=120)
    country = models.ForeignKey(
        "stories.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.TextField(_("address"), blank=True)
    latitude = latitude_field()
    longitude = longitude_field()
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("kind")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("website")],
            heading=_("Contact"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("code"),
        SynchronizedField("kind"),
        TranslatableField("name"),
        TranslatableField("city"),
        TranslatableField("address"),
        SynchronizedField("country"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("city"),
        index.FilterField("kind"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "code"], name="unique_venue_code_per_locale")
        ]

    def __str__(self):
        return f"{self.name} ({self.city})" if self.city else self.name

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both coordinates, or neither.")})


class TourStop(PublicationRuleMixin, ReviewedSnippet, index.Indexed):
    """The exhibition at one venue for some days: planned, confirmed or held.

    The opening's photos pass the consent rule when the stop is published.
    """

    exhibition = models.ForeignKey(
        "exhibitions.ExhibitionPage",
        verbose_name=_("exhibition"),
        on_delete=models.PROTECT,
        related_name="tour_stops",
        help_text=_("The exhibition's page in the source language."),
    )
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        on_delete=models.PROTECT,
        related_name="tour_stops",
    )
    starts_on = models.DateField(_("opens on"))
    ends_on = models.DateField(_("closes on"))
    status = models.CharField(
        _("status"), max_length=20, choices=TourStopStatus.choices, default=TourStopStatus.PLANNED
    )
    visitors = models.PositiveIntegerField(
        _("visitors"), null=True, blank=True, help_text=_("Only once the stop was held.")
    )
    opening_photos = StreamField(
        [("photo", ImageChooserBlock(label=_("Photo")))],
        verbose_name=_("photos of the opening"),
        blank=True,
    )
    is_example = models.BooleanField(
        _("example"),
        default=False,
        help_text=_("Dates and numbers made up for a demonstration, not real ones."),
    )

    base_form_class = TourStopForm
    panels = [
        FieldPanel("exhibition"),
        FieldPanel("venue"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldRowPanel([FieldPanel("status"), FieldPanel("visitors")]),
        FieldPanel("opening_photos"),
        FieldPanel("is_example"),
    ]
    search_fields = [index.FilterField("status"), index.FilterField("starts_on")]

    class Meta:
        verbose_name = _("tour stop")
        verbose_name_plural = _("tour stops")
        ordering = ["starts_on", "pk"]

    def __str__(self):
        return f"{self.venue} · {self.starts_on:%Y-%m-%d}–{self.ends_on:%Y-%m-%d}"

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The closing day is before the opening day.")
        if self.visitors is not None and self.status != TourStopStatus.HELD:
            errors["visitors"] = _("Visitors are counted only for a stop that was held.")
        source = Locale.get_default()
        if self.exhibition_id and self.exhibition.locale_id != source.pk:
            errors["exhibition"] = _("Choose the exhibition's page in the source language.")
        if self.venue_id and self.venue.locale_id != source.pk:
            errors["venue"] = _("Choose the venue in the source language.")
        if errors:
            raise ValidationError(errors)

    def images_in_use(self):
        yield from iter_images(self.opening_photos)
