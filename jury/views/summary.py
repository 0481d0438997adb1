"""A coordinator writes the anonymised summary that jurors of blind rounds read."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from contests.models import Entry

from ..blind import FREE_TEXT
from ..models import EntrySummary
from .coordinator import CoordinatorOnlyMixin


class SummaryForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Anonymised summary"),
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=gettext_lazy(
            "Replaces the entry's own text for jurors of blind rounds. Name no entrant, "
            "author, outlet, employer or team member."
        ),
    )


class EntrySummaryView(CoordinatorOnlyMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "jury/review_summary.html"
    form_class = SummaryForm
    header_icon = "edit"

    def load(self, **kwargs):
        self.entry = get_object_or_404(Entry.objects.select_related("edition"), pk=kwargs["pk"])
        self.summary = EntrySummary.objects.filter(entry=self.entry).first()

    def get_page_title(self):
        return _("Anonymised summary of %(reference)s") % {"reference": self.entry.reference}

    def get_initial(self):
        return {"text": self.summary.text} if self.summary else {}

    def get_context_data(self, **kwargs):
        original = [
            (key, value)
            for key, value in self.entry.answers.items()
            if (key in FREE_TEXT or key.startswith("q_")) and isinstance(value, str) and value
        ]
        return super().get_context_data(entry=self.entry, original=original, **kwargs)

    def form_valid(self, form):
        text = form.cleaned_data["text"]
        with transaction.atomic():
            old = self.summary.text if self.summary else ""
            summary, _created = EntrySummary.objects.update_or_create(
                entry=self.entry, defaults={"text": text, "written_by": self.request.user}
            )
            log(
                summary,
                "jury.summary",
                user=self.request.user,
                data={"entry": self.entry.reference, "old": old, "new": text},
            )
        messages.success(self.request, _("Summary saved."))
        return redirect("jury_entry_summary", self.entry.pk)
