"""Admin forms: where an activity's value comes from is chosen among the registered sources."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from . import sources


class PlanActivityForm(WagtailAdminModelForm):
    source_key = forms.ChoiceField(label=_("Counted by"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("Entered by hand"))] + sources.choices()
        current = self.instance.source_key
        if current and current not in dict(choices):
            # A source whose app is not installed here: kept, and said so.
            choices.append((current, _("%(key)s (not available)") % {"key": current}))
        self.fields["source_key"].choices = choices
        self.fields["source_key"].help_text = _(
            "What the CMS counts or the reporting tools report; "
            "“Entered by hand” uses the value below."
        )
