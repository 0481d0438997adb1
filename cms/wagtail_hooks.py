from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from . import chooser_labels
from .page_serving import refuse_unservable_page
from .publish_hooks import refuse_bulk_publish, refuse_publishing_copies
from .publish_views import RulePageViewSet
from .views import frontend_preview


@hooks.register("register_admin_urls")
def preview_urls():
    return [path("preview/<int:page_id>/", frontend_preview, name="mekendesh_frontend_preview")]


@hooks.register("register_admin_urls")
def choosers_with_a_translated_search_tab():
    return chooser_labels.urlpatterns()


@hooks.register("register_page_header_buttons")
def frontend_preview_button(page, user, view_name=None, next_url=None):
    if page.is_root() or not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Preview on the portal"),
        reverse("mekendesh_frontend_preview", args=(page.pk,)),
        icon_name="view",
        priority=60,
        attrs={"target": "_blank", "rel": "noopener"},
    )


hooks.register("before_serve_page", refuse_unservable_page)
hooks.register("before_bulk_action", refuse_bulk_publish)
hooks.register("before_copy_page", refuse_publishing_copies)


@hooks.register("register_admin_viewset")
def rule_page_viewset():
    return RulePageViewSet()
