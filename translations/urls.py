"""Admin URLs, including the paths of wagtail-localize views this app replaces."""

from django.urls import path

from . import views
from .report import TranslatorsReportView

# Same paths as wagtail-localize's; registered before its own, so these answer.
localize_overrides = [
    path(
        "localize/update/<int:translation_source_id>/",
        views.SyncTranslationsView.as_view(),
        name="translations_update_translations",
    ),
    path(
        "localize/page/<int:page_id>/convert_to_alias/",
        views.convert_to_alias,
        name="translations_convert_to_alias",
    ),
    path(
        "localize/reports/translations/",
        TranslatorsReportView.as_view(),
        name="translations_translations_report",
    ),
    path(
        "localize/reports/translations/results/",
        TranslatorsReportView.as_view(results_only=True),
        name="translations_translations_report_results",
    ),
]

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
]
