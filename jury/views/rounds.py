"""Rounds in the coordinators' admin: their rules and criteria, and auto-assignment."""

import django_filters

from django.contrib import messages
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic.models import CreateView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, ListingButton

from ..assignment import auto_assign
from ..forms import AutoAssignForm, RoundForm, source_editions
from ..models import Round
from ..rounds import blind_by_default
from .coordinator import CoordinatorFormView

CRITERION_PANELS = [
    FieldRowPanel([FieldPanel("name_ky"), FieldPanel("name_ru"), FieldPanel("name_en")]),
    FieldPanel("guidance_ky"),
    FieldPanel("guidance_ru"),
    FieldPanel("guidance_en"),
    FieldRowPanel([FieldPanel("scale_min"), FieldPanel("scale_max")]),
    FieldRowPanel([FieldPanel("min_label"), FieldPanel("max_label")]),
    FieldRowPanel([FieldPanel("weight"), FieldPanel("position")]),
    FieldRowPanel([FieldPanel("required"), FieldPanel("information_only")]),
]


class RoundFilterSet(WagtailFilterSet):
    edition = django_filters.ModelChoiceFilter(
        label=_("Edition"), queryset=lambda request: source_editions()
    )

    class Meta:
        model = Round
        fields = ["edition", "blind"]


class RoundIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("edition")
            .annotate(criteria_count=Count("criteria"))
        )

    def get_add_url(self):
        url = super().get_add_url()
        edition = self.request.GET.get("edition", "")
        return f"{url}?edition={edition}" if url and edition.isdigit() else url

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        links = [
            (
                _("Assignments"),
                reverse("jury_assignments:index") + f"?round={instance.pk}",
                "list-ul",
            ),
            (_("Auto-assign"), reverse("jury_rounds:auto_assign", args=[instance.pk]), "group"),
            (_("Shortlist"), reverse("jury_rounds:shortlist", args=[instance.pk]), "tick"),
            (_("Results"), reverse("jury_round_results", args=[instance.pk]), "table"),
            (_("Progress"), reverse("jury_round_progress", args=[instance.pk]), "tasks"),
            (
                _("Decisions"),
                reverse("jury_edition_decisions", args=[instance.edition_id]),
                "tick-inverse",
            ),
            (_("History"), reverse("jury_rounds:history", args=[instance.pk]), "history"),
        ]
        for priority, (label, url, icon) in enumerate(links, start=40):
            kind = ListingButton if priority == 40 else Button
            buttons.append(kind(label, url=url, icon_name=icon, priority=priority))
        return buttons


class RoundCreateView(CreateView):
    def get_initial(self):
        initial = super().get_initial()
        edition = source_editions().filter(pk=self.request.GET.get("edition") or 0).first()
        if edition is not None:
            initial.update(edition=edition, blind=blind_by_default(edition))
        return initial


class AutoAssignView(CoordinatorFormView):
    form_class = AutoAssignForm
    page_title = _("Auto-assign")
    submit_button_label = _("Assign")

    @cached_property
    def round(self):
        return get_object_or_404(Round.objects.select_related("edition"), pk=self.kwargs["pk"])

    @property
    def page_subtitle(self):
        return str(self.round)

    @property
    def parent_url(self):
        return reverse("jury_rounds:index")

    parent_label = _("Jury rounds")

    def form_valid(self, form):
        result = auto_assign(
            self.round,
            per_entry=form.cleaned_data["per_entry"],
            max_per_juror=form.cleaned_data["max_per_juror"],
            user=self.request.user,
        )
        added = len(result.new)
        messages.success(
            self.request,
            ngettext("%(count)d assignment added.", "%(count)d assignments added.", added)
            % {"count": added},
        )
        missing = sum(result.short.values())
        if missing:
            messages.warning(
                self.request,
                ngettext(
                    "%(entries)d entries still lack %(count)d juror: not enough jurors "
                    "without a conflict and under the cap.",
                    "%(entries)d entries still lack %(count)d jurors: not enough jurors "
                    "without a conflict and under the cap.",
                    missing,
                )
                % {"entries": len(result.short), "count": missing},
            )
        return redirect(reverse("jury_assignments:index") + f"?round={self.round.pk}")


class RoundViewSet(ModelViewSet):
    model = Round
    icon = "list-ol"
    menu_label = _("Rounds")
    menu_name = "jury-rounds"
    copy_view_enabled = False
    index_view_class = RoundIndexView
    add_view_class = RoundCreateView
    filterset_class = RoundFilterSet
    list_display = [
        "name",
        "edition",
        "position",
        "starts_on",
        "ends_on",
        BooleanColumn("blind", label=_("Blind")),
        "headline_method",
        Column("criteria_count", label=_("Criteria")),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("edition"),
            FieldRowPanel([FieldPanel("name"), FieldPanel("position")]),
            FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
            MultiFieldPanel(
                [
                    FieldPanel("blind"),
                    FieldPanel("score_visibility"),
                    FieldPanel("headline_method"),
                    FieldPanel("disagreement_threshold"),
                ],
                heading=_("Rules"),
            ),
            InlinePanel(
                "criteria", panels=CRITERION_PANELS, heading=_("Criteria"), label=_("Criterion")
            ),
        ],
        base_form_class=RoundForm,
    )

    def get_urlpatterns(self):
        from .shortlist import ShortlistView

        return super().get_urlpatterns() + [
            path("auto-assign/<int:pk>/", AutoAssignView.as_view(), name="auto_assign"),
            path("shortlist/<int:pk>/", ShortlistView.as_view(), name="shortlist"),
        ]
