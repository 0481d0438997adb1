from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from .panels import PausedSubscribersPanel
from .pausing import AUTO_PAUSE
from .views import policy  # noqa: F401  (the subscribers' permission policy, before the viewset)
from .views.deliveries import REDELIVER, TEST
from .views.secrets import ROTATE
from .views.subscribers import subscriber_viewset


@hooks.register("register_admin_viewset")
def register_viewset():
    return subscriber_viewset


@hooks.register("register_log_actions")
def register_webhook_actions(actions):
    register = actions.register_action
    register(ROTATE, _("Rotate secret"), _("Signing secret rotated"))
    register(TEST, _("Send test event"), _("Test event sent"))
    register(REDELIVER, _("Redeliver"), _("Message delivered again"))
    register(
        AUTO_PAUSE,
        _("Pause automatically"),
        _("Paused automatically after failing for a day"),
    )


@hooks.register("construct_homepage_panels")
def add_paused_subscribers_panel(request, panels):
    panels.append(PausedSubscribersPanel(request.user))
