"""The dashboard's notice to managers: which subscribers were paused automatically.

E-mail may not reach anyone (no address, a spam filter); this stays on the admin's
home page until each one is resumed.
"""

from wagtail.admin.ui.components import Component

from .models import Subscriber
from .permissions import can_manage


class PausedSubscribersPanel(Component):
    name = "webhooks_paused"
    template_name = "webhooks/paused_panel.html"
    order = 5

    def __init__(self, user):
        self.user = user

    def render_html(self, parent_context=None):
        if not can_manage(self.user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        return {"subscribers": list(Subscriber.objects.filter(paused_automatically=True))}
