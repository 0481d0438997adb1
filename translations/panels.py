"""The translators' home-screen panel: how many translations are missing or outdated."""

from django.urls import reverse

from wagtail.admin.ui.components import Component

from . import dashboard


class TranslationsToDoPanel(Component):
    name = "translations_to_do"
    template_name = "translations/home_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        rows = dashboard.build_rows()
        url = reverse("translations:dashboard")
        return {
            "missing": sum(1 for row in rows if row.state == dashboard.MISSING),
            "outdated": sum(1 for row in rows if row.state == dashboard.OUTDATED),
            "to_do": dashboard.to_do_count(rows),
            "missing_url": f"{url}?state={dashboard.MISSING}",
            "outdated_url": f"{url}?state={dashboard.OUTDATED}",
            "dashboard_url": url,
        }
