"""What an editor chooses before downloading print files."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from ..models import Venue
from .document import Paper

TRILINGUAL = "all"
LANGUAGES = {"ky": ("ky",), "ru": ("ru",), "en": ("en",), TRILINGUAL: ("ky", "ru", "en")}


class PrintOptionsForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[
            ("ky", _("Kyrgyz")),
            ("ru", _("Russian")),
            ("en", _("English")),
            (TRILINGUAL, _("Trilingual (Kyrgyz, Russian, English)")),
        ],
        initial=TRILINGUAL,
    )
    label_size = forms.ChoiceField(
        label=_("Label size"), choices=[(Paper.A6, "A6"), (Paper.A5, "A5")], initial=Paper.A6
    )
    venue = forms.ModelChoiceField(
        label=_("Venue"),
        queryset=Venue.objects.none(),
        required=False,
        empty_label=_("No venue (scans counted for the exhibit only)"),
        help_text=_("QR codes printed for a venue count its visitors' scans separately."),
    )
    poster_size = forms.ChoiceField(
        label=_("Poster size"), choices=[(Paper.A3, "A3"), (Paper.A4, "A4")], initial=Paper.A3
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["venue"].queryset = Venue.objects.filter(
            locale=Locale.get_default(), live=True
        ).order_by("name")

    @property
    def languages(self) -> tuple[str, ...]:
        return LANGUAGES[self.cleaned_data["language"]]
