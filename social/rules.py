"""The publication rule of the editors' channel texts (registered with ``cms.publication``).

A text may be saved as a draft at any length — the counter under it turns red and
saving warns — so a translation or a long first version is never lost. But a page
whose text for a channel cannot go out whole is not published: the text, with the
link, hashtags and credit the package adds to it, must fit the channel's hard limit
(the caption limit when the post carries the photo). On channels that take one link
per post, the text must hold none: the package adds the page's.
"""

from django.utils.translation import gettext as _

from cms.publication import Refusal

from . import kinds
from .channels import CHANNELS
from .compose import reserved
from .counting import count, urls


def social_text_refusals(page) -> list[Refusal]:
    texts = getattr(page, "social_texts", None)
    kind = kinds.for_model(type(page))
    if not texts or kind is None:
        return []
    source = kind.source(page, None)
    found = []
    for index, block in enumerate(texts):
        channel = CHANNELS.get(block.block_type)
        text = (block.value or "").strip()
        if channel is None or not text:
            continue
        limit = channel.limit(source.image is not None)
        if limit is not None:
            room = limit - reserved(source, channel)
            length = count(text, channel.unit)
            if length > room:
                found.append(
                    Refusal(
                        _(
                            "The %(channel)s text is %(length)d characters long; with the "
                            "link, hashtags and photo credit added, %(channel)s takes "
                            "%(room)d (limit %(limit)d). Shorten it by %(over)d characters "
                            "to publish."
                        )
                        % {
                            "channel": channel.name,
                            "length": length,
                            "room": max(room, 0),
                            "limit": limit,
                            "over": length - max(room, 0),
                        },
                        field="social_texts",
                        block=index,
                    )
                )
        if channel.single_link and urls(text):
            found.append(
                Refusal(
                    _(
                        "%(channel)s shows one link per post and the package adds the "
                        "page's own: take the link out of the %(channel)s text."
                    )
                    % {"channel": channel.name},
                    field="social_texts",
                    block=index,
                )
            )
    return found
