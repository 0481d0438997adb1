from django.utils.translation import gettext_lazy as _

from wagtail import hooks


@hooks.register("register_log_actions")
def register_jury_actions(actions):
    actions.register_action("jury.assign", _("Assign"), _("Entry assigned to a juror"))
