"""The "Social" tab: how much room each channel leaves for the editors' own text.

The package adds the page's link, the hashtags and the photo's credit to the text, so
the room for the text is the channel's limit minus what those take for this page. The
panel shows it and hands it to the counter under each text (``social-counter.js``).
"""

import json

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList

from . import kinds
from .channels import CHANNELS
from .compose import reserved


class SocialRoomPanel(HelpPanel):
    def __init__(self, **kwargs):
        kwargs.setdefault("template", "social/admin/room_panel.html")
        kwargs.setdefault("heading", _("Room per channel"))
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            rows = room_per_channel(self.instance)
            context["rows"] = rows
            context["room_json"] = json.dumps({row["code"]: row["room"] for row in rows})
            return context


def room_per_channel(page) -> list[dict]:
    kind = kinds.for_model(type(page))
    source = kind.source(page, None) if kind is not None and page.pk else None
    rows = []
    for code, channel in CHANNELS.items():
        limit = channel.limit(source is not None and source.image is not None)
        taken = reserved(source, channel) if source is not None else 0
        rows.append(
            {
                "code": code,
                "name": channel.name,
                "limit": limit,
                "taken": taken,
                "room": limit - taken if limit is not None else None,
            }
        )
    return rows


def social_tab():
    return ObjectList(
        [
            SocialRoomPanel(),
            FieldPanel(
                "social_texts",
                help_text=_(
                    "Your own post for a channel, in this page's language; without one the "
                    "post is made from the title, the standfirst and the themes' key "
                    "messages. A draft may run over a channel's limit; the page is not "
                    "published until the text fits."
                ),
            ),
        ],
        heading=_("Social"),
    )
