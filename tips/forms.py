"""The state form of the inbox: only the moves ``states.py`` allows are offered."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .enums import TipState
from .models import StoryTip
from .states import allowed_states


class TipStateForm(forms.ModelForm):
    class Meta:
        model = StoryTip
        fields = ["state", "state_note"]
        widgets = {"state_note": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"state_note": _("Required when declining: say why.")}

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_state = self.instance.state
        allowed = set(allowed_states(self.instance))
        self.fields["state"].choices = [
            (value, label) for value, label in TipState.choices if value in allowed
        ]
        self.fields["state"].label = _("New state")
        self.initial["state_note"] = ""

    def clean(self):
        cleaned = super().clean()
        if not self.fields["state"].choices:
            raise ValidationError(_("This tip became a story; its state no longer changes."))
        if cleaned.get("state") == TipState.DECLINED and not cleaned.get("state_note", "").strip():
            self.add_error("state_note", _("Say why the tip is declined."))
        return cleaned
