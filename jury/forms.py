"""The coordinators' forms: a round with its criteria, assignments, conflicts, shortlist.

Each form refuses with a message a coordinator can act on; the rules themselves live in
the modules the views call (``manual_assignment``, ``conflicts``, ``shortlist``).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from contests.enums import ContestKind, DecisionKind, EntryState
from contests.models import ContestEditionPage, Entry
from contests.results import Outcome
from stories.enums import Currency

from .assignment import round_jurors
from .manual_assignment import refusal
from .models import Assignment, Conflict, Round
from .rounds import round_entries


def source_editions():
    """Entries always belong to the edition in the default language; so do rounds."""
    return ContestEditionPage.objects.filter(locale=Locale.get_default()).order_by("title")


class EntryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.reference} — {obj.title}"


class JurorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class RoundForm(WagtailAdminModelForm):
    """A round with its criteria: at least one counted, none with scores removed."""

    edition = forms.ModelChoiceField(label=_("Edition"), queryset=ContestEditionPage.objects)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["edition"].queryset = source_editions()

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("criteria")
        if formset is None or not formset.is_valid():
            return cleaned
        kept = []
        for form in formset.forms:
            deleted = bool(form.cleaned_data.get("DELETE"))
            criterion = form.instance
            if deleted and criterion.pk and criterion.scores.exists():
                self.add_error(
                    None,
                    _("“%(criterion)s” already has scores and cannot be removed.")
                    % {"criterion": criterion.name()},
                )
            elif not deleted and (criterion.pk or form.has_changed()):
                kept.append(form.cleaned_data)
        if not any(not data.get("information_only") for data in kept):
            self.add_error(None, _("A round needs at least one criterion that counts."))
        return cleaned


class AssignmentForm(forms.ModelForm):
    round = forms.ModelChoiceField(
        label=_("Round"), queryset=Round.objects.select_related("edition")
    )
    entry = EntryChoiceField(
        label=_("Entry"),
        queryset=Entry.objects.filter(state=EntryState.ELIGIBLE).order_by("reference"),
    )
    juror = JurorChoiceField(label=_("Juror"), queryset=round_jurors())

    class Meta:
        model = Assignment
        fields = ["round", "entry", "juror"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        round = self._chosen_round()
        if round is not None:
            self.fields["entry"].queryset = round_entries(round)

    def _chosen_round(self):
        value = self.data.get("round") if self.is_bound else self.initial.get("round")
        try:
            return Round.objects.filter(pk=int(value)).first() if value else None
        except (TypeError, ValueError):
            return None

    def clean(self):
        cleaned = super().clean()
        if all(cleaned.get(name) for name in ("round", "entry", "juror")):
            reason = refusal(cleaned["round"], cleaned["entry"], cleaned["juror"])
            if reason:
                raise ValidationError(reason)
        return cleaned


class AutoAssignForm(forms.Form):
    per_entry = forms.IntegerField(
        label=_("Jurors per entry"), min_value=1, max_value=50, initial=3
    )
    max_per_juror = forms.IntegerField(
        label=_("At most entries per juror"), min_value=1, max_value=10000, initial=20
    )


class WithdrawForm(forms.Form):
    confirm_scores = forms.BooleanField(
        label=_("I understand that this juror's scores will no longer count"),
        required=False,
    )

    def __init__(self, *args, scores=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.scores = scores
        if not scores:
            del self.fields["confirm_scores"]

    def clean(self):
        cleaned = super().clean()
        if self.scores and not cleaned.get("confirm_scores"):
            self.add_error(
                "confirm_scores",
                _("The juror has already given scores: confirm that they will no longer count."),
            )
        return cleaned


class ConflictRecordForm(forms.ModelForm):
    juror = JurorChoiceField(label=_("Juror"), queryset=round_jurors())
    entry = EntryChoiceField(
        label=_("Entry"),
        queryset=Entry.objects.exclude(state=EntryState.WITHDRAWN).order_by("reference"),
    )

    class Meta:
        model = Conflict
        fields = ["juror", "entry", "type", "reason"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        juror, entry = cleaned.get("juror"), cleaned.get("entry")
        if juror and entry and Conflict.objects.filter(juror=juror, entry=entry).exists():
            raise ValidationError(
                _("A conflict of %(juror)s on entry %(entry)s is already recorded.")
                % {"juror": juror, "entry": entry.reference}
            )
        return cleaned

    def validate_unique(self):
        """Checked in clean() with a clearer message."""


class ConflictDecisionForm(forms.ModelForm):
    decision_reason = forms.CharField(
        label=_("Reason for the decision"), widget=forms.Textarea(attrs={"rows": 3})
    )

    class Meta:
        model = Conflict
        fields = ["score_counts"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)


class ShortlistForm(forms.Form):
    entries = forms.ModelMultipleChoiceField(
        label=_("Entries"),
        queryset=Entry.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    top = forms.IntegerField(
        label=_("Or the best"),
        min_value=1,
        required=False,
        help_text=_("Shortlist this many entries, best first by the round's headline figure."),
    )

    def __init__(self, *args, round, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entries"].queryset = round_entries(round)
        self.fields["entries"].label_from_instance = lambda e: f"{e.reference} — {e.title}"

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("entries") and not cleaned.get("top"):
            raise ValidationError(_("Choose entries, or how many of the best to shortlist."))
        return cleaned


class DecisionForm(forms.Form):
    entry = forms.ModelChoiceField(label=_("Entry"), queryset=None)
    kind = forms.ChoiceField(label=_("Decision"), choices=DecisionKind.choices)
    category = forms.ChoiceField(label=_("Category"))
    rank = forms.IntegerField(label=_("Place"), required=False, min_value=1, max_value=99)
    amount = forms.DecimalField(
        label=_("Grant amount"), required=False, min_value=0, max_digits=14, decimal_places=2
    )
    currency = forms.ChoiceField(
        label=_("Currency"), required=False, choices=[("", "—"), *Currency.choices]
    )
    citation_ky = forms.CharField(
        label=_("Citation (Kyrgyz)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    citation_ru = forms.CharField(
        label=_("Citation (Russian)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    citation_en = forms.CharField(
        label=_("Citation (English)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, edition, kind, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entry"].queryset = edition.entries.filter(state=EntryState.ELIGIBLE).order_by(
            "created_at", "pk"
        )
        self.fields["category"].choices = [(c.key, c.name) for c in edition.categories.all()]
        if kind != ContestKind.INVEST_CHALLENGE:
            self.fields["kind"].choices = [
                choice for choice in DecisionKind.choices if choice[0] != DecisionKind.GRANT
            ]
            del self.fields["amount"], self.fields["currency"]

    def outcome(self) -> Outcome:
        data = self.cleaned_data
        return Outcome(
            kind=data["kind"],
            category=data["category"],
            rank=data.get("rank"),
            amount=data.get("amount"),
            currency=data.get("currency") or "",
            citation_ky=data["citation_ky"].strip(),
            citation_ru=data["citation_ru"].strip(),
            citation_en=data["citation_en"].strip(),
        )
