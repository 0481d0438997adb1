"""A coordinator reopens a submitted review, saying why."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..models import Review
from ..reviewing import reopen
from .coordinator import CoordinatorOnlyMixin


class ReopenForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Kept in the review's history."),
    )


class ReopenReviewView(CoordinatorOnlyMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "jury/review_reopen.html"
    form_class = ReopenForm
    header_icon = "undo"
    page_title = gettext_lazy("Reopen a review")

    def load(self, **kwargs):
        self.review = get_object_or_404(
            Review.objects.select_related(
                "assignment__entry", "assignment__round", "assignment__juror"
            ),
            pk=kwargs["pk"],
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(review=self.review, next=self._next_url() or "", **kwargs)

    def _next_url(self):
        url = self.request.POST.get("next") or self.request.GET.get("next")
        if url and url_has_allowed_host_and_scheme(url, {self.request.get_host()}):
            return url
        return None

    def form_valid(self, form):
        try:
            reopen(self.review, self.request.user, form.cleaned_data["reason"])
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("The review of %(reference)s is reopened; its juror can change it again.")
            % {"reference": self.review.assignment.entry.reference},
        )
        return redirect(self._next_url() or "wagtailadmin_home")
