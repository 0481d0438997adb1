"""A juror declares a conflict of interest on an entry assigned to them."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..conflicts import declare_conflict, has_conflict
from ..enums import ConflictType
from .review import conflict_response, juror_assignment


class ConflictForm(forms.Form):
    type = forms.ChoiceField(
        label=gettext_lazy("Type"), choices=ConflictType.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Seen by the coordinators only."),
    )


class DeclareConflictView(WagtailAdminTemplateMixin, FormView):
    template_name = "jury/conflict_form.html"
    form_class = ConflictForm
    header_icon = "warning"
    page_title = gettext_lazy("Declare a conflict of interest")

    def dispatch(self, request, *args, **kwargs):
        self.assignment = juror_assignment(request, kwargs["pk"])
        if has_conflict(request.user, self.assignment.entry):
            return conflict_response(request, self.assignment)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("jury_my_entries"), "label": _("My entries")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(assignment=self.assignment, **kwargs)

    def form_valid(self, form):
        try:
            declare_conflict(
                self.request.user,
                self.assignment.entry,
                form.cleaned_data["type"],
                form.cleaned_data["reason"],
                by=self.request.user,
            )
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.message_dict.items():
                    for message in errors:
                        form.add_error(field if field in form.fields else None, message)
            else:
                for message in error.messages:
                    form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Your conflict of interest on %(reference)s is recorded; it is off your list.")
            % {"reference": self.assignment.entry.reference},
        )
        return redirect("jury_my_entries")
