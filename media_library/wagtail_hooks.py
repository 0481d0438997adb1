"""The media library's admin: the image listing, the release report and the chooser.

Wagtail's own image views sit behind ``wagtailimages:…`` names; the same addresses are
routed here first (this app's hooks run before ``wagtail.images``'), so every link to
the library and the chooser reaches the subclasses that show consent.
"""

from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.staticfiles import versioned_static
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from .chooser import chooser_viewset
from .listing import LibraryIndexView
from .release_report import ReleaseReportView


@hooks.register("register_admin_urls")
def media_library_urls():
    return [
        path("images/", LibraryIndexView.as_view(), name="media_library_image_index"),
        path(
            "images/results/",
            LibraryIndexView.as_view(results_only=True),
            name="media_library_image_index_results",
        ),
        path(
            "images/chooser/",
            chooser_viewset.choose_view,
            name="media_library_image_chooser",
        ),
        path(
            "images/chooser/results/",
            chooser_viewset.choose_results_view,
            name="media_library_image_chooser_results",
        ),
        path(
            "reports/photos-without-release/",
            ReleaseReportView.as_view(),
            name="media_library_release_report",
        ),
        path(
            "reports/photos-without-release/results/",
            ReleaseReportView.as_view(results_only=True),
            name="media_library_release_report_results",
        ),
    ]


class ReleaseReportMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(get_image_model()).user_has_any_permission(
            request.user, ["add", "change"]
        )


@hooks.register("register_reports_menu_item")
def release_report_menu_item():
    return ReleaseReportMenuItem(
        _("Photos without a release"),
        reverse("media_library_release_report"),
        name="photos-without-release",
        icon_name="image",
        order=650,
    )


@hooks.register("insert_global_admin_css")
def consent_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', versioned_static("media_library/css/consent.css")
    )


@hooks.register("insert_editor_js")
def consent_links_js():
    return format_html(
        '<script src="{}"></script>', versioned_static("media_library/js/consent-links.js")
    )
