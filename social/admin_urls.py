"""Admin address of the ZIP download, and the page header button that leads to it."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets.button import Button

from . import kinds
from .admin_views import SocialZipView, may_download

urlpatterns = [
    path("social/zip/<int:page_id>/", SocialZipView.as_view(), name="social_zip"),
]


def zip_menu_item(page, user):
    if kinds.for_model(page.specific_class or type(page)) is None or not may_download(user, page):
        return None
    return Button(
        _("Social posts (ZIP)"),
        url=reverse("social_zip", args=(page.pk,)),
        icon_name="download",
        priority=66,
    )
