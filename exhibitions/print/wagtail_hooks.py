from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from ..models import ExhibitionPage
from .views import DownloadView, PrintFilesView


@hooks.register("register_admin_urls")
def print_files_urls():
    return [
        path(
            "exhibitions/<int:page_id>/print/",
            PrintFilesView.as_view(),
            name="exhibitions_print_files",
        ),
        re_path(
            r"^exhibitions/(?P<page_id>[0-9]+)/print/(?P<kind>labels|catalogue|poster)\.pdf$",
            DownloadView.as_view(),
            name="exhibitions_print_download",
        ),
    ]


@hooks.register("register_page_header_buttons")
def print_files_button(page, user, view_name=None, next_url=None):
    if page.specific_class is None or not issubclass(page.specific_class, ExhibitionPage):
        return
    if not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Print files"),
        reverse("exhibitions_print_files", args=(page.pk,)),
        icon_name="doc-full",
        priority=70,
    )
