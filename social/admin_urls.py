"""Admin addresses of the ZIP download, and the buttons that lead to it.

The page kinds' button is in the page header (``social.wagtail_hooks``). The apps
offer the other kinds' where their items are edited, from their own
``wagtail_hooks``, with ``zip_button`` (a button only for a user who may download the
item, and only while there is something public to post).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets.button import Button

from . import kinds
from .admin_views import SocialZipView, may_download, offered

urlpatterns = [
    path("social/zip/<int:item_id>/", SocialZipView.as_view(), name="social_zip"),
    path(
        "social/zip/<slug:kind>/<int:item_id>/",
        SocialZipView.as_view(),
        name="social_zip_kind",
    ),
]

LABEL = _("Social posts (ZIP)")


def zip_url(kind_name: str, item_id: int) -> str:
    return reverse("social_zip_kind", args=(kind_name, item_id))


def zip_button(kind_name: str, item_id: int, user, label=None, priority=66) -> Button | None:
    if offered(kind_name, item_id, user) is None:
        return None
    return Button(
        label or LABEL, url=zip_url(kind_name, item_id), icon_name="download", priority=priority
    )


def zip_menu_item(page, user):
    kind = kinds.for_model(page.specific_class or type(page))
    if kind is None or not kind.is_page_kind or not may_download(user, page):
        return None
    return Button(
        LABEL, url=reverse("social_zip", args=(page.pk,)), icon_name="download", priority=66
    )
