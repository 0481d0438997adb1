"""The "Communication plan" report: each activity's indicator, target and value for a
period with its monthly chart, then internet statistics, the surveys and conclusions;
downloaded as the four-part final report (CSV or XLSX).
"""

import datetime

import django_filters

from django import forms
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from cms.spreadsheets import FormulaSafeExportMixin

from . import charts, final_report, periods
from .figures import FiguresReader, by_first_key
from .models import Conclusion, PlanActivity, SurveyWave
from .models.survey import QUESTIONS, SHORT_QUESTIONS
from .policy import ALL, CoordinatorPolicy


def figure_text(value) -> str:
    if value is None:
        return "—"
    if hasattr(value, "to_integral") and value == value.to_integral():
        value = int(value)
    return number_format(value, force_grouping=True)


def _keep(queryset, name, value):
    """The period fields choose what is counted, not which activities are listed."""
    return queryset


class PlanFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=gettext_lazy("Period"), choices=periods.KINDS, method=_keep, empty_label=None
    )
    day = django_filters.DateFilter(
        label=gettext_lazy("A day in the period"),
        method=_keep,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    start = django_filters.DateFilter(
        label=gettext_lazy("From (dates)"),
        method=_keep,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    end = django_filters.DateFilter(
        label=gettext_lazy("Until (dates)"),
        method=_keep,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    class Meta:
        model = PlanActivity
        fields = ["section"]


def period_from(data: dict, today: datetime.date) -> tuple[periods.Period, str]:
    """The period the form asks for and a warning when it cannot be used as given."""
    kind = data.get("period") or periods.YEAR
    if kind != periods.CUSTOM:
        return periods.Period.of(kind, data.get("day") or today), ""
    start, end = data.get("start"), data.get("end")
    fallback = periods.Period.of(periods.YEAR, today)
    if not start or not end:
        return fallback, _("Give both dates; this year is shown instead.")
    if end < start:
        return fallback, _("The last day is before the first; this year is shown instead.")
    period = periods.Period(start, end)
    if len(period.months()) > periods.MAX_MONTHS:
        return fallback, _("Choose at most %(months)d months; this year is shown instead.") % {
            "months": periods.MAX_MONTHS
        }
    return period, ""


class ProgressColumn(Column):
    cell_template_name = "indicators/progress_cell.html"


class CommunicationPlanView(FormulaSafeExportMixin, ReportView):
    page_title = gettext_lazy("Communication plan")
    header_icon = "list-ul"
    index_url_name = "indicators_dashboard"
    index_results_url_name = "indicators_dashboard_results"
    results_template_name = "indicators/dashboard_results.html"
    filterset_class = PlanFilterSet
    permission_policy = CoordinatorPolicy(PlanActivity, ALL)
    permission_required = "view"
    paginate_by = None
    list_export = [key for key, _heading in final_report.COLUMNS]
    export_headings = dict(final_report.COLUMNS)

    def get_queryset(self):
        return PlanActivity.objects.all()

    @cached_property
    def period_and_warning(self):
        data = self.filters.form.cleaned_data if self.filters and self.filters.is_valid() else {}
        return period_from(data, timezone.localdate())

    @cached_property
    def reader(self):
        return FiguresReader(self.period_and_warning[0])

    def get_filename(self):
        period = self.reader.period
        return f"communication-plan-report-{period.start:%Y%m%d}-{period.end:%Y%m%d}"

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            rows = final_report.report_rows(self.reader)
            return self.as_spreadsheet(rows, self.request.GET.get("export"))
        return super().render_to_response(context, **response_kwargs)

    def stream_csv(self, queryset):
        """Headings in the coordinator's language, though the file streams after the view."""
        language = translation.get_language()
        rows = super().stream_csv(queryset)

        def in_language():
            with translation.override(language):
                yield from rows

        return in_language()

    def decorate_paginated_queryset(self, object_list):
        for activity in object_list:
            activity.figures = self.reader.activity(activity)
        return object_list

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Activity"),
                get_url=lambda a: reverse("indicators_plan:edit", args=(a.pk,)),
            ),
            Column("indicator", label=_("Indicator")),
            Column(
                "counted_by",
                label=_("Counted by"),
                accessor=lambda a: a.figures.counted_by or _("Entered by hand"),
            ),
            Column("target", label=_("Target"), accessor=lambda a: figure_text(a.target)),
            Column(
                "value",
                label=_("Value"),
                accessor=lambda a: figure_text(a.figures.value),
                classname="indicators-value",
            ),
            ProgressColumn(
                "progress",
                label=_("Of the target"),
                accessor=lambda a: charts.progress_bar(a.figures.progress),
            ),
            Column(
                "chart",
                label=_("Per month"),
                accessor=lambda a: charts.monthly_bars(a.figures.monthly, label=a.title),
            ),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period, warning = self.period_and_warning
        waves = list(SurveyWave.objects.all())
        context.update(
            period=period,
            period_warning=warning,
            internet=[
                {
                    "figures": figures,
                    "total": figure_text(figures.total),
                    "chart": charts.monthly_bars(
                        figures.monthly(), label=str(figures.source.label), width=320
                    ),
                    "channels": charts.horizontal_bars(
                        [(final_report.channel_label(c), v) for c, v in by_first_key(figures)],
                        label=str(figures.source.label),
                    ),
                }
                for figures in self.reader.internet_statistics()
            ],
            waves=waves,
            survey_chart=self.survey_chart(waves),
            questions=[(SHORT_QUESTIONS[field], question) for field, question in QUESTIONS],
            conclusions=Conclusion.objects.all(),
            part_titles=final_report.part_titles(),
        )
        return context

    @staticmethod
    def survey_chart(waves):
        """The first "before" wave against the latest "after" wave, question by question."""
        before = next((w for w in waves if w.stage == "before"), None)
        after = next((w for w in reversed(waves) if w.stage == "after"), None)
        if before is None and after is None:
            return ""
        pairs = [
            (question, before and before.share(field), after and after.share(field))
            for field, question in QUESTIONS
        ]
        return charts.paired_bars(
            pairs, label=_("Survey results"), legend=(_("Before"), _("After"))
        )
