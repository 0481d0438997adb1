"""The editors' own text per channel: the "Social" tab of stories and themes.

A StreamField, so wagtail-localize offers each text for translation like the rest of
the page and every language gets its own; one block per channel at most. Length is not
checked when a draft is saved (a translation may run long while it is worked on):
``social.rules`` refuses to publish a text over its channel's hard limit, and the
counter under each text says how much room is left.
"""

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.widgets import AdminAutoHeightTextInput

from .channels import CHANNELS


class ChannelTextBlock(blocks.TextBlock):
    """A text for one channel; its textarea carries what the live counter needs."""

    def __init__(self, channel_code: str, **kwargs):
        self.channel = channel = CHANNELS[channel_code]
        super().__init__(
            label=channel.name,
            rows=6,
            help_text=_(
                "Leave the link out: the package adds the page's link with tracking "
                "parameters, the hashtags and the photo's credit."
            ),
            **kwargs,
        )

    @cached_property
    def field(self):
        limit_text = self.channel.text_limit or ""
        limit_caption = self.channel.caption_limit or limit_text
        attrs = {
            "rows": self.rows,
            "data-controller": "social-counter",
            "data-social-counter-channel-value": self.channel.code,
            "data-social-counter-text-limit-value": limit_text,
            "data-social-counter-caption-limit-value": limit_caption,
            "data-social-counter-unit-value": self.channel.unit.value,
        }
        return forms.CharField(widget=AdminAutoHeightTextInput(attrs=attrs), **self.field_options)


class SocialTextsBlock(blocks.StreamBlock):
    def __init__(self, **kwargs):
        children = [(code, ChannelTextBlock(code)) for code in CHANNELS]
        super().__init__(
            children, block_counts={code: {"max_num": 1} for code in CHANNELS}, **kwargs
        )
