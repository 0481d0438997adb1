"""Choosing the entries of a round that go into the next round."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..forms import ShortlistForm
from ..models import Round, Shortlisting
from ..rounds import next_round
from ..sheets import results_for
from ..shortlist import shortlist, top_entries
from .coordinator import CoordinatorFormView


class ShortlistView(CoordinatorFormView):
    """The round's entries with their headline figure and rank, each with a checkbox."""

    form_class = ShortlistForm
    page_title = _("Shortlist into the next round")
    submit_button_label = _("Shortlist")
    template_name = "jury/coordinator/shortlist.html"
    parent_label = _("Jury rounds")

    @cached_property
    def round(self):
        return get_object_or_404(Round.objects.select_related("edition"), pk=self.kwargs["pk"])

    @property
    def page_subtitle(self):
        return str(self.round)

    @property
    def parent_url(self):
        return reverse("jury_rounds:index")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "round": self.round}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        into = next_round(self.round)
        method = self.round.headline_method
        results = {result.entry: result for result in results_for(self.round)}
        chosen = (
            set(Shortlisting.objects.filter(round=into).values_list("entry_id", flat=True))
            if into
            else set()
        )
        rows = []
        for checkbox in context["form"]["entries"]:
            entry_id = int(checkbox.data["value"].value)
            result = results.get(entry_id)
            rows.append(
                {
                    "checkbox": checkbox,
                    "figure": figure(result, method),
                    "rank": result.ranks.get(method) if result else None,
                    "count": result.count if result else 0,
                    "shortlisted": entry_id in chosen,
                }
            )
        rows.sort(key=lambda row: (row["rank"] is None, row["rank"] or 0))
        context.update(rows=rows, into=into, method=self.round.get_headline_method_display())
        return context

    def form_valid(self, form):
        entry_ids = [entry.pk for entry in form.cleaned_data["entries"]]
        if form.cleaned_data.get("top"):
            entry_ids += top_entries(self.round, form.cleaned_data["top"])
        try:
            into, added = shortlist(self.round, set(entry_ids), self.request.user)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            ngettext(
                "%(count)d entry shortlisted into “%(round)s”.",
                "%(count)d entries shortlisted into “%(round)s”.",
                len(added),
            )
            % {"count": len(added), "round": into.name},
        )
        return redirect(reverse("jury_rounds:shortlist", args=[self.round.pk]))


def figure(result, method):
    value = getattr(result, method, None) if result else None
    return None if value is None else float(value)
