"""The subscriber form: what to send where. The secret is never a field: the server
makes it and shows it once (``views/secrets.py``)."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from . import addresses
from .events import EVENTS, TYPES
from .models import Subscriber


def _choices(registry: dict) -> list[tuple[str, str]]:
    return sorted(((code, str(label)) for code, label in registry.items()), key=lambda c: c[0])


class SubscriberForm(WagtailAdminModelForm):
    url = forms.URLField(
        label=_("URL"),
        max_length=500,
        assume_scheme="https",
        help_text=_(
            "An https:// address on the public internet; it receives a signed POST per event."
        ),
    )
    events = forms.MultipleChoiceField(
        label=_("Events"), widget=forms.CheckboxSelectMultiple, choices=()
    )
    types = forms.MultipleChoiceField(
        label=_("Content types"),
        widget=forms.CheckboxSelectMultiple,
        choices=(),
        required=False,
        help_text=_("None chosen: every type."),
    )
    locales = forms.MultipleChoiceField(
        label=_("Languages"),
        widget=forms.CheckboxSelectMultiple,
        choices=(),
        required=False,
        help_text=_(
            "None chosen: every language. Items that are the same in every language "
            "(tour stops) reach every subscriber."
        ),
    )

    class Meta:
        model = Subscriber
        fields = ["name", "url", "events", "types", "locales", "paused"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["events"].choices = _choices(EVENTS)
        self.fields["types"].choices = _choices(TYPES)
        self.fields["locales"].choices = list(settings.WAGTAIL_CONTENT_LANGUAGES)

    def clean_url(self):
        url = self.cleaned_data["url"]
        addresses.resolve(url)
        return url

    def clean_paused(self):
        paused = self.cleaned_data["paused"]
        if self.instance.pk and not paused and self.instance.paused:
            self.instance.failing_since = None
            self.instance.paused_automatically = False
        return paused

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("events") and "events" not in self.errors:
            raise ValidationError(
                {"events": ValidationError(_("Choose at least one event."), code="required")}
            )
        return cleaned
