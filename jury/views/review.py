"""The juror's review screen: the entry as the blind rule allows, and the score sheet."""

from django import forms
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import reviewing
from ..blind import entry_for_juror
from ..conflicts import has_conflict
from ..jurors import is_juror
from ..models import Assignment, Criterion, Score
from ..peers import peer_scores

RADIO_LIMIT = 11


def juror_assignment(request, pk):
    """The signed-in juror's own assignment; any other id is simply not found."""
    if not is_juror(request.user):
        raise Http404
    return get_object_or_404(
        Assignment.objects.current().select_related("round__edition", "entry__edition"),
        pk=pk,
        juror=request.user,
    )


def conflict_response(request, assignment):
    return TemplateResponse(
        request,
        "jury/conflict_blocked.html",
        {"assignment": assignment, "page_title": _("Conflict of interest")},
        status=403,
    )


class ScoreField(forms.ChoiceField):
    """Any value reaches ``reviewing``, which alone says what a valid score is."""

    def valid_value(self, value):
        return True


class ReviewForm(forms.Form):
    """One score control per criterion (radio buttons on a short scale) and a comment."""

    comment = forms.CharField(
        label=gettext_lazy("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy("For the coordinators; other jurors do not see it."),
    )

    def __init__(self, *args, criteria, read_only=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        comment = self.fields.pop("comment")
        for criterion in criteria:
            self.fields[reviewing.criterion_field(criterion.pk)] = self._score_field(criterion)
        self.fields["comment"] = comment
        if read_only:
            for field in self.fields.values():
                field.disabled = True

    @staticmethod
    def _score_field(criterion):
        values = range(criterion.scale_min, criterion.scale_max + 1)
        choices = []
        for value in values:
            label = str(value)
            if value == criterion.scale_min and criterion.min_label:
                label = f"{value} — {criterion.min_label}"
            elif value == criterion.scale_max and criterion.max_label:
                label = f"{value} — {criterion.max_label}"
            choices.append((str(value), label))
        short = len(choices) <= RADIO_LIMIT
        widget = forms.RadioSelect(attrs={"class": "jury-scale"}) if short else forms.Select
        if not short:
            choices = [("", "—"), *choices]
        label = criterion.name()
        if criterion.information_only:
            label = _("%(name)s (information only, not counted)") % {"name": label}
        return ScoreField(
            label=label,
            choices=choices,
            required=False,
            widget=widget,
            help_text=criterion.guidance(),
        )

    def scores(self) -> dict:
        return {
            criterion.pk: self.data.get(reviewing.criterion_field(criterion.pk)) or None
            for criterion in self.criteria
        }

    def criterion_rows(self):
        return [
            (criterion, self[reviewing.criterion_field(criterion.pk)])
            for criterion in self.criteria
        ]


class ReviewView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "jury/review.html"
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        self.assignment = juror_assignment(request, kwargs["pk"])
        if has_conflict(request.user, self.assignment.entry):
            return conflict_response(request, self.assignment)
        self.review = getattr(self.assignment, "review", None)
        self.criteria = list(Criterion.objects.filter(round_id=self.assignment.round_id))
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Review %(reference)s") % {"reference": self.assignment.entry.reference}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("jury_my_entries"), "label": _("My entries")},
            {"url": "", "label": self.get_page_title()},
        ]

    def _initial(self):
        if self.review is None:
            return {}
        stored = Score.objects.filter(review=self.review).values_list("criterion_id", "value")
        initial = {reviewing.criterion_field(pk): str(value) for pk, value in stored}
        initial["comment"] = self.review.comment
        return initial

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        closed = reviewing.closed_reason(self.assignment, self.review)
        if form is None:
            form = ReviewForm(
                criteria=self.criteria, initial=self._initial(), read_only=bool(closed)
            )
        context.update(
            assignment=self.assignment,
            round=self.assignment.round,
            review=self.review,
            entry=entry_for_juror(self.assignment),
            form=form,
            closed=closed,
            peers=peer_scores(self.assignment, self.review, self.criteria),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = ReviewForm(request.POST, criteria=self.criteria)
        form.is_valid()
        action = request.POST.get("action")
        act = reviewing.submit if action == "submit" else reviewing.save_draft
        try:
            act(self.assignment, request.user, form.scores(), request.POST.get("comment", ""))
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                target = None if field == NON_FIELD_ERRORS or field not in form.fields else field
                for message in errors:
                    form.add_error(target, message)
            return self.render_to_response(self.get_context_data(form=form))
        if action == "submit":
            messages.success(request, _("Your review is submitted. Thank you."))
            return redirect("jury_my_entries")
        messages.success(request, _("Draft saved."))
        return redirect("jury_review", self.assignment.pk)
