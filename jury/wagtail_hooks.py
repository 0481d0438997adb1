from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .jurors import is_juror
from .views import MyEntriesView


@hooks.register("register_log_actions")
def register_jury_actions(actions):
    actions.register_action("jury.assign", _("Assign"), _("Entry assigned to a juror"))


@hooks.register("register_admin_urls")
def register_jury_urls():
    return [path("jury/my-entries/", MyEntriesView.as_view(), name="jury_my_entries")]


class JurorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_juror(request.user)


@hooks.register("register_admin_menu_item")
def register_my_entries_menu_item():
    return JurorMenuItem(
        _("My entries"),
        reverse("jury_my_entries"),
        name="my-entries",
        icon_name="tasks",
        order=150,
    )
