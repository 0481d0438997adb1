"""The coordinators' progress page of a round, and the button that sends reminders."""

from django import forms
from django.contrib.auth import get_user_model
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin import messages

from ..models import Assignment
from ..progress import round_progress
from ..reminders import QUIET_PERIOD, send_reminders
from .results import CoordinatorRoundMixin, RoundPageMixin


class ProgressView(RoundPageMixin, TemplateView):
    page_title = _("Progress")
    template_name = "jury/progress.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        context.update(
            round=self.round,
            progress=round_progress(self.round),
            days_left=(self.round.ends_on - today).days,
            quiet_hours=int(QUIET_PERIOD.total_seconds() // 3600),
        )
        return context


class ReminderForm(forms.Form):
    """No juror: everyone with pending reviews (not those reminded lately). One juror of
    the round: that juror, whenever they were last reminded."""

    juror = forms.ModelChoiceField(queryset=get_user_model().objects.none(), required=False)

    def __init__(self, *args, round, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["juror"].queryset = get_user_model().objects.filter(
            pk__in=Assignment.objects.filter(round=round).values("juror_id")
        )


class RemindView(CoordinatorRoundMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        form = ReminderForm(request.POST, round=self.round)
        if not form.is_valid():
            raise Http404
        juror = form.cleaned_data["juror"]
        outcome = send_reminders(self.round, juror=juror, user=request.user, force=bool(juror))
        if outcome.sent:
            messages.success(
                request,
                ngettext(
                    "Reminder sent to %(count)d juror.",
                    "Reminders sent to %(count)d jurors.",
                    len(outcome.sent),
                )
                % {"count": len(outcome.sent)},
            )
        if outcome.recent:
            messages.warning(
                request,
                _("Not reminded again within %(hours)d hours: %(names)s.")
                % {
                    "hours": QUIET_PERIOD.total_seconds() // 3600,
                    "names": ", ".join(row.name for row in outcome.recent),
                },
            )
        if outcome.no_email:
            messages.error(
                request,
                _("No e-mail address: %(names)s.")
                % {"names": ", ".join(row.name for row in outcome.no_email)},
            )
        if not (outcome.sent or outcome.recent or outcome.no_email):
            messages.info(request, _("Nobody has reviews pending: no reminder sent."))
        return redirect("jury_round_progress", pk=self.round.pk)
