"""Filters of the story listing in the admin.

Taxonomy terms exist once per locale; a story in any language links to the terms
of its own locale, so filters match on the term's translation key and a choice made
in Kyrgyz also finds the Russian and English stories.
"""

import django_filters

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import LocaleFilter
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.models import Locale, Page, Revision, WorkflowState

from campaigns.models import CampaignThemePage
from stories.choosers import PlaceChoiceField, TermChoiceField
from stories.enums import ContributionKind
from stories.models import Place, Sector, SuccessStoryPage

SCHEDULED = "scheduled"
IN_MODERATION = "in_moderation"


def _pk_in(generic_rows):
    """Pages that rows pointing at a page (revisions, workflow states) point at."""
    object_ids = generic_rows.filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    ).values("object_id")
    return Q(
        pk__in=Page.objects.annotate(pk_text=Cast("pk", output_field=CharField()))
        .filter(pk_text__in=object_ids)
        .values("pk")
    )


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
        choices=[
            ("true", _("Published")),
            ("false", _("Draft")),
            (SCHEDULED, _("Scheduled")),
            (IN_MODERATION, _("In moderation")),
        ],
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
        """Scheduled: a revision approved to go live later; in moderation: in a workflow."""
        if value == SCHEDULED:
            return queryset.filter(
                _pk_in(Revision.objects.filter(approved_go_live_at__isnull=False))
            )
        if value == IN_MODERATION:
            return queryset.filter(
                _pk_in(WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS))
            )
        return queryset.filter(live=value == "true")
