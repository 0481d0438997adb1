"""Translatable taxonomies: places of the "small motherland", countries, sectors.

Each term exists once per locale (wagtail-localize translates its name); codes and
keys are synchronised, so filters work the same in every language.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.coordinates import latitude_field, longitude_field
from stories.enums import PlaceKind

from .review import ReviewedSnippet


class Place(ReviewedSnippet, TranslatableMixin, index.Indexed):
    """Bishkek, Osh and the seven regions, with districts and villages below.

    ``path`` (e.g. ``batken/leilek/maksat``) is derived from the parent chain so that
    "this place and everything below it" is one indexed prefix query.
    """

    name = models.CharField(_("name"), max_length=255)
    key = models.SlugField(
        _("key"),
        max_length=60,
        allow_unicode=False,
        help_text=_("Latin letters, digits and hyphens; the same in every language."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=PlaceKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(max_length=255, editable=False, db_index=True)
    latitude = latitude_field()
    longitude = longitude_field()

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("key"), FieldPanel("kind")]),
        FieldPanel("parent"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("key"),
        TranslatableField("parent"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["path"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "path"], name="unique_place_path_per_locale")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        old_path = self.path
        self.path = self.build_path()
        super().save(*args, **kwargs)
        if old_path and old_path != self.path:
            for child in self.children.all():
                child.save()

    def build_path(self) -> str:
        return f"{self.parent.path}/{self.key}" if self.parent_id else self.key

    def clean(self):
        super().clean()
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk and self.pk is not None:
                raise ValidationError({"parent": _("A place cannot be part of itself.")})
            ancestor = ancestor.parent
        if self.parent_id and self.parent.locale_id != self.locale_id:
            raise ValidationError({"parent": _("Choose a place in the same language.")})

    def descendants_and_self(self):
        return Place.objects.filter(locale_id=self.locale_id).filter(
            models.Q(path=self.path) | models.Q(path__startswith=f"{self.path}/")
        )


class Country(ReviewedSnippet, TranslatableMixin, index.Indexed):
    """A country of residence of the diaspora."""

    code = models.CharField(
        _("ISO code"),
        max_length=2,
        help_text=_("Two letters, ISO 3166-1 (e.g. TR, US, RU)."),
    )
    name = models.CharField(_("name"), max_length=255)

    panels = [FieldPanel("name"), FieldPanel("code")]
    override_translatable_fields = [TranslatableField("name"), SynchronizedField("code")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "code"], name="unique_country_per_locale")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        self.code = (self.code or "").upper()
        if len(self.code) != 2 or not self.code.isalpha() or not self.code.isascii():
            raise ValidationError({"code": _("Enter two Latin letters, e.g. TR.")})


class Sector(ReviewedSnippet, TranslatableMixin, index.Indexed):
    """An economic or social sector a contribution goes to."""

    key = models.SlugField(_("key"), max_length=60, help_text=_("Same in every language."))
    name = models.CharField(_("name"), max_length=255)

    panels = [FieldPanel("name"), FieldPanel("key")]
    override_translatable_fields = [TranslatableField("name"), SynchronizedField("key")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "key"], name="unique_sector_per_locale")
        ]

    def __str__(self):
        return self.name
