"""Admin URLs, including the paths of wagtail-localize views this app replaces."""

from django.urls import path

from . import views

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
]

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
]
