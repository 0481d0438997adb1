from django.utils.translation import gettext_lazy as _

from wagtail import hooks


@hooks.register("register_log_actions")
def register_entry_actions(actions):
    actions.register_action("contests.screen", _("Screen"), _("Entry screened"))
    actions.register_action("contests.withdraw", _("Withdraw"), _("Withdrawn by the entrant"))
    actions.register_action("contests.anonymise", _("Anonymise"), _("Contact data anonymised"))
