"""Assignments in the coordinators' admin: listed, added by hand, withdrawn."""

import django_filters

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic.models import CreateView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, ListingButton

from ..assignment import round_jurors
from ..enums import ReviewState
from ..forms import AssignmentForm, WithdrawForm
from ..manual_assignment import assign_by_hand, scores_given, withdraw
from ..models import Assignment, Conflict, Round
from .coordinator import CoordinatorFormView


def review_state(assignment) -> str:
    review = getattr(assignment, "review", None)
    if review is None:
        return _("Not started")
    if review.state == ReviewState.SUBMITTED:
        return _("Submitted")
    return _("Draft")


class AssignmentFilterSet(WagtailFilterSet):
    round = django_filters.ModelChoiceFilter(
        label=_("Round"), queryset=Round.objects.select_related("edition")
    )
    juror = django_filters.ModelChoiceFilter(label=_("Juror"), queryset=round_jurors())
    withdrawn = django_filters.BooleanFilter(
        label=_("Withdrawn"), field_name="withdrawn_at", lookup_expr="isnull", exclude=True
    )
    conflicted = django_filters.BooleanFilter(label=_("Conflict of interest"))

    class Meta:
        model = Assignment
        fields = ["round", "juror", "origin", "withdrawn", "conflicted"]


class AssignmentIndexView(IndexView):
    def get_base_queryset(self):
        conflicts = Conflict.objects.filter(juror=OuterRef("juror"), entry=OuterRef("entry"))
        return (
            super()
            .get_base_queryset()
            .select_related("entry", "juror", "round", "review", "withdrawn_by")
            .annotate(conflicted=Exists(conflicts))
        )

    def get_add_url(self):
        url = super().get_add_url()
        round = self.request.GET.get("round", "")
        return f"{url}?round={round}" if url and round.isdigit() else url

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.withdrawn_at is None:
            buttons.append(
                ListingButton(
                    _("Withdraw"),
                    url=reverse("jury_assignments:withdraw", args=[instance.pk]),
                    icon_name="cross",
                    priority=40,
                )
            )
        buttons.append(
            Button(
                _("History"),
                url=reverse("jury_assignments:history", args=[instance.pk]),
                icon_name="history",
                priority=50,
            )
        )
        return buttons


class AssignmentCreateView(CreateView):
    def get_initial(self):
        initial = super().get_initial()
        round = Round.objects.filter(pk=self.request.GET.get("round") or 0).first()
        if round is not None:
            initial["round"] = round.pk
        return initial

    def save_instance(self):
        data = self.form.cleaned_data
        return assign_by_hand(data["round"], data["entry"], data["juror"], self.request.user)

    def get_success_url(self):
        return reverse("jury_assignments:index") + f"?round={self.object.round_id}"

    def get_success_buttons(self):
        return []


class WithdrawView(CoordinatorFormView):
    form_class = WithdrawForm
    page_title = _("Withdraw assignment")
    submit_button_label = _("Withdraw")
    template_name = "jury/coordinator/withdraw.html"
    parent_label = _("Assignments")

    @cached_property
    def assignment(self):
        queryset = Assignment.objects.current().select_related("entry", "juror", "round")
        return get_object_or_404(queryset, pk=self.kwargs["pk"])

    @property
    def page_subtitle(self):
        return str(self.assignment)

    @property
    def parent_url(self):
        return reverse("jury_assignments:index") + f"?round={self.assignment.round_id}"

    @cached_property
    def scores(self):
        return scores_given(self.assignment)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "scores": self.scores}

    def get_context_data(self, **kwargs):
        return super().get_context_data(assignment=self.assignment, scores=self.scores, **kwargs)

    def form_valid(self, form):
        try:
            withdraw(
                self.assignment,
                self.request.user,
                scores_confirmed=bool(form.cleaned_data.get("confirm_scores")),
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Assignment of %(entry)s to %(juror)s withdrawn.")
            % {"entry": self.assignment.entry.reference, "juror": self.assignment.juror},
        )
        return redirect(self.parent_url)


class AssignmentViewSet(ModelViewSet):
    model = Assignment
    icon = "clipboard-list"
    menu_label = _("Assignments")
    menu_name = "jury-assignments"
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = AssignmentIndexView
    add_view_class = AssignmentCreateView
    filterset_class = AssignmentFilterSet
    form_fields = ["round", "entry", "juror"]
    list_display = [
        "entry",
        "juror",
        "round",
        "origin",
        Column("review_state", label=_("Review"), accessor=review_state),
        BooleanColumn("conflicted", label=_("Conflict of interest")),
        "withdrawn_at",
    ]
    inspect_view_fields = [
        "round",
        "entry",
        "juror",
        "origin",
        "assigned_by",
        "assigned_at",
        "withdrawn_by",
        "withdrawn_at",
    ]

    def get_form_class(self, for_update=False):
        return AssignmentForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("withdraw/<int:pk>/", WithdrawView.as_view(), name="withdraw"),
        ]
