"""Filters of the story listing in the admin.

Taxonomy terms exist once per locale; a story in any language links to the terms
of its own locale, so filters match on the term's translation key and a choice made
in Kyrgyz also finds the Russian and English stories.
"""

import django_filters

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import LocaleFilter
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.models import Locale

from campaigns.models import CampaignThemePage
from stories.choosers import PlaceChoiceField, TermChoiceField
from stories.enums import ContributionKind
from stories.models import Place, Sector, SuccessStoryPage


def _default_locale_terms(model):
    def queryset(request):
        return model.objects.filter(locale=Locale.get_default())

    return queryset


class PlaceFilter(django_filters.ModelChoiceFilter):
    """A place and everything below it, in any language; listed as a tree."""

    field_class = PlaceChoiceField

    def filter(self, qs, value):
        if not value:
            return qs
        keys = value.descendants_and_self().values("translation_key")
        return qs.filter(place__translation_key__in=keys)


class TranslationKeyFilter(django_filters.ModelChoiceFilter):
    field_class = TermChoiceField

    def __init__(self, *args, lookup, **kwargs):
        self.lookup = lookup
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(**{self.lookup: value.translation_key}).distinct()


class StoryFilterSet(PageFilterSet):
    locale = LocaleFilter(
        label=_("Language"),
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        empty_label=_("All"),
    )
    live = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("true", _("Published")), ("false", _("Draft"))],
        empty_label=_("Any"),
        method="filter_live",
    )
    place = PlaceFilter(label=_("Place"), queryset=_default_locale_terms(Place))
    sector = TranslationKeyFilter(
        label=_("Sector"),
        queryset=_default_locale_terms(Sector),
        lookup="sector_links__sector__translation_key",
    )
    theme = TranslationKeyFilter(
        label=_("Campaign theme"),
        queryset=_default_locale_terms(CampaignThemePage),
        lookup="theme_links__theme__translation_key",
    )
    contribution = django_filters.ChoiceFilter(
        label=_("Kind of contribution"),
        choices=ContributionKind.choices,
        field_name="contributions__kind",
        distinct=True,
    )

    class Meta:
        model = SuccessStoryPage
        fields = []

    def filter_live(self, queryset, name, value):
        return queryset.filter(live=value == "true")
