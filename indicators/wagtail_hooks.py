"""The communication plan in the admin: its dashboard (a report), its menu, its log actions."""

from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.staticfiles import versioned_static

from .dashboard import CommunicationPlanView
from .permissions import can_coordinate
from .policy import register_policies
from .viewsets import CommunicationPlanGroup, revoke_urls

register_policies()


@hooks.register("register_admin_urls")
def indicators_urls():
    return [
        path(
            "reports/communication-plan/",
            CommunicationPlanView.as_view(),
            name="indicators_dashboard",
        ),
        path(
            "reports/communication-plan/results/",
            CommunicationPlanView.as_view(results_only=True),
            name="indicators_dashboard_results",
        ),
        *revoke_urls(),
    ]


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return can_coordinate(request.user)


@hooks.register("register_reports_menu_item")
def communication_plan_report_item():
    return CoordinatorMenuItem(
        _("Communication plan"),
        reverse("indicators_dashboard"),
        name="communication-plan-report",
        icon_name="list-ul",
        order=700,
    )


@hooks.register("register_admin_viewset")
def communication_plan_viewsets():
    return CommunicationPlanGroup()


@hooks.register("register_log_actions")
def indicators_log_actions(actions):
    actions.register_action(
        "indicators.token.revoke", _("Revoke reporting token"), _("Reporting token revoked")
    )


@hooks.register("insert_global_admin_css")
def indicators_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', versioned_static("indicators/css/dashboard.css")
    )
