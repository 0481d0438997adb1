"""wagtail-localize's translations report, for the people who work on translations.

wagtail-localize shows its report (a list of every translation, with page titles) and
its "Reports" menu item to anyone who may sign in to the admin, jurors included. Here
both follow one rule: those who translate or edit pages.
"""

from django.core.exceptions import PermissionDenied

from wagtail.admin.auth import user_has_any_page_permission
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.wagtail_hooks import TranslationsReportMenuItem


def may_follow_translations(user) -> bool:
    return user.has_perm("wagtail_localize.submit_translation") or user_has_any_page_permission(
        user
    )


class TranslatorsReportView(TranslationsReportView):
    def dispatch(self, request, *args, **kwargs):
        if not may_follow_translations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def is_localize_report_item(item) -> bool:
    return isinstance(item, TranslationsReportMenuItem)
