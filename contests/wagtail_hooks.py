from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from social.admin_urls import zip_button

from .models import ContestEditionPage
from .views import EntryViewSet, entry_file


@hooks.register("register_log_actions")
def register_entry_actions(actions):
    actions.register_action("contests.screen", _("Screen"), _("Entry screened"))
    actions.register_action("contests.withdraw", _("Withdraw"), _("Withdrawn by the entrant"))
    actions.register_action("contests.anonymise", _("Anonymise"), _("Contact data anonymised"))


@hooks.register("register_admin_viewset")
def register_entry_viewset():
    return EntryViewSet("contest_entries", url_prefix="contests/entries")


@hooks.register("register_admin_urls")
def register_entry_file_url():
    return [path("contests/entry-files/<int:pk>/", entry_file, name="contests_entry_file")]


@hooks.register("register_page_header_buttons")
def results_zip_button(page, user, view_name=None, next_url=None):
    """The published results' social posts, from the edition's page in any language."""
    if issubclass(page.specific_class or type(page), ContestEditionPage):
        button = zip_button("results", page.pk, user, label=_("Results: social posts (ZIP)"))
        if button is not None:
            yield button
