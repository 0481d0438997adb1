"""The coordinators' screening form: an outcome and, when ineligible, the rule broken."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from .enums import EntryState
from .models import Entry
from .screening import age_suggestions

SCREENING_STATES = [
    (EntryState.SUBMITTED, EntryState.SUBMITTED.label),
    (EntryState.ELIGIBLE, EntryState.ELIGIBLE.label),
    (EntryState.INELIGIBLE, EntryState.INELIGIBLE.label),
]


class ScreeningForm(WagtailAdminModelForm):
    state = forms.ChoiceField(label=_("Outcome"), choices=SCREENING_STATES)
    screening_reason = forms.ChoiceField(label=_("Rule not met"), required=False)

    class Meta:
        model = Entry
        fields = ["state", "screening_reason", "screening_note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        entry = self.instance
        rules = entry.edition.eligibility_rules.all() if entry.pk else []
        self.fields["screening_reason"].choices = [("", "—")] + [
            (rule.key, rule.text) for rule in rules
        ]
        suggestions = age_suggestions(entry) if entry.pk else []
        if suggestions:
            self.fields["state"].help_text = " ".join(suggestions)

    def clean(self):
        cleaned = super().clean()
        if self.instance.state == EntryState.WITHDRAWN:
            raise forms.ValidationError(_("The entrant withdrew this entry; it is not screened."))
        if cleaned.get("state") == EntryState.INELIGIBLE and not cleaned.get("screening_reason"):
            self.add_error("screening_reason", _("Choose the rule the entry does not meet."))
        return cleaned
