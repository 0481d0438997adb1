"""The coordinators' results table of a round, and its score and results exports."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from .. import exports
from ..models import Criterion, Round
from ..results import METHODS
from ..results_table import results_rows, sort_rows
from .coordinator import CoordinatorOnlyMixin


class CoordinatorRoundMixin(CoordinatorOnlyMixin):
    """The round from the URL, 404 when there is none."""

    def load(self, **kwargs):
        self.round = get_object_or_404(Round.objects.select_related("edition"), pk=kwargs["pk"])


class RoundPageMixin(CoordinatorRoundMixin, WagtailAdminTemplateMixin):
    header_icon = "tasks"

    def get_page_subtitle(self):
        return f"{self.round.edition.title} — {self.round.name}"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_header_title()}]

    def get_header_buttons(self):
        pages = [
            ("jury_round_results", _("Results"), "list-ol"),
            ("jury_round_progress", _("Progress"), "time"),
        ]
        return [
            HeaderButton(label, reverse(name, args=[self.round.pk]), icon_name=icon)
            for name, label, icon in pages
            if name != self.request.resolver_match.url_name
        ] + super().get_header_buttons()


METHOD_LABELS = {
    "mean": _("Weighted mean"),
    "median": _("Median"),
    "normalised": _("Normalised"),
}


class ResultsView(RoundPageMixin, TemplateView):
    """Figures derived from the raw scores on every request, never stored."""

    page_title = _("Results")
    template_name = "jury/results.html"

    def get_header_more_buttons(self):
        links = [
            ("jury_export_results", "csv", _("Download results (CSV)")),
            ("jury_export_results", "xlsx", _("Download results (XLSX)")),
            ("jury_export_scores", "csv", _("Download scores (CSV)")),
            ("jury_export_scores", "xlsx", _("Download scores (XLSX)")),
        ]
        return [
            HeaderButton(label, reverse(name, args=[self.round.pk, fmt]), icon_name="download")
            for name, fmt, label in links
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        method = self.request.GET.get("sort")
        if method not in METHODS:
            method = self.round.headline_method
        criteria = list(Criterion.objects.filter(round=self.round))
        context.update(
            round=self.round,
            rows=sort_rows(results_rows(self.round), method),
            sort=method,
            headline=self.round.headline_method,
            methods=[(key, METHOD_LABELS[key]) for key in METHODS],
            criteria=criteria,
            scales={(c.scale_min, c.scale_max) for c in criteria if c.counted},
        )
        return context


class ExportView(CoordinatorRoundMixin, View):
    """``scores`` or ``results`` of the round, as CSV or XLSX."""

    kind = None
    kinds = {
        "scores": (exports.score_columns, exports.score_rows),
        "results": (exports.result_columns, exports.result_rows),
    }

    def get(self, request, pk, format):
        if format not in exports.Spreadsheet.FORMATS:
            raise Http404
        columns, rows = self.kinds[self.kind]
        sheet = exports.Spreadsheet(columns(), f"jury-round-{self.round.pk}-{self.kind}")
        return sheet.response(rows(self.round), format)
