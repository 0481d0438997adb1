import re

from modelcluster.fields import ParentalKey

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from campaigns.enums import Audience, ThemeKind
from campaigns.serializers import label_of
from cms.blocks import BodyStreamBlock, iter_images
from cms.forms import PublicationRulesPageForm
from cms.publication import PublicationRuleMixin
from social.blocks import SocialTextsBlock
from social.panels import social_tab
from social.previews import SocialPreviewMixin

# Instagram shows at most five hashtags; the other channels are happy with that too.
MAX_HASHTAGS = 5
HASHTAG = re.compile(r"^#[^\s#]{2,60}$")


def parse_hashtags(text: str) -> list[str]:
    return [tag for tag in re.split(r"[\s,]+", text or "") if tag]


class CampaignThemePage(PublicationRuleMixin, SocialPreviewMixin, Page):
    """The campaign's central theme, or one of its additional topics below it.

    The stories that carry a theme point at it from the story (``StoryTheme``), so a
    theme never keeps a second list that could disagree.
    """

    kind = models.CharField(
        _("kind"), max_length=10, choices=ThemeKind.choices, default=ThemeKind.TOPIC
    )
    statement = models.CharField(
        _("statement"),
        max_length=255,
        help_text=_("The theme in one sentence, as the campaign repeats it."),
    )
    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    hashtags = models.CharField(
        _("hashtags"),
        max_length=255,
        blank=True,
        help_text=_("Up to five, separated by spaces, e.g. #Мекендеш #InvestInKyrgyzstan"),
    )
    active_from = models.DateField(_("active from"), null=True, blank=True)
    active_to = models.DateField(_("active to"), null=True, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    social_texts = StreamField(SocialTextsBlock(), verbose_name=_("texts per channel"), blank=True)

    # Hashtags are shared by all languages unless a translator overrides them.
    override_translatable_fields = [SynchronizedField("hashtags")]

    base_form_class = PublicationRulesPageForm
    parent_page_types = ["cms.HomePage", "campaigns.CampaignThemePage"]
    subpage_types = ["campaigns.CampaignThemePage"]
    template = "campaigns/campaign_theme_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("statement"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("hashtags"),
                FieldRowPanel([FieldPanel("active_from"), FieldPanel("active_to")]),
            ],
            heading=_("Campaign"),
        ),
        InlinePanel(
            "key_messages", heading=_("Key messages per audience"), label=_("Key message")
        ),
        FieldPanel("body"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            social_tab(),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("statement"),
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("kind_label", serializer=label_of("get_kind_display")),
        APIField("statement"),
        APIField("introduction"),
        APIField("hashtag_list"),
        APIField("active_from"),
        APIField("active_to"),
        APIField("key_messages"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("campaign theme")
        verbose_name_plural = _("campaign themes")

    @property
    def hashtag_list(self) -> list[str]:
        return parse_hashtags(self.hashtags)

    def clean(self):
        super().clean()
        errors = {}
        tags = self.hashtag_list
        bad = [tag for tag in tags if not HASHTAG.match(tag)]
        if bad:
            errors["hashtags"] = _("Each hashtag starts with # and has no spaces: %(tags)s") % {
                "tags": ", ".join(bad)
            }
        elif len(tags) > MAX_HASHTAGS:
            errors["hashtags"] = _("Use at most %(max)d hashtags.") % {"max": MAX_HASHTAGS}
        if self.active_from and self.active_to and self.active_from > self.active_to:
            errors["active_to"] = _("The active period must end after it starts.")
        if errors:
            raise ValidationError(errors)

    def images_in_use(self):
        yield from iter_images(self.body)

    def get_context(self, request, *args, **kwargs):
        from stories.models import SuccessStoryPage

        context = super().get_context(request, *args, **kwargs)
        context["topics"] = self.get_children().live().public().specific()
        context["stories"] = (
            SuccessStoryPage.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id, theme_links__theme__translation_key=self.translation_key
            )
            .distinct()
            .order_by("-story_date")
        )
        return context


class KeyMessage(TranslatableMixin, Orderable):
    """What the campaign tells one audience about this theme."""

    page = ParentalKey(CampaignThemePage, related_name="key_messages", on_delete=models.CASCADE)
    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices)
    message = models.TextField(_("message"))
    interests = models.TextField(
        _("audience interests"),
        blank=True,
        help_text=_("What this audience wants to know; one per line."),
    )

    panels = [FieldPanel("audience"), FieldPanel("message"), FieldPanel("interests")]
    api_fields = [
        APIField("audience"),
        APIField("audience_label", serializer=label_of("get_audience_display")),
        APIField("message"),
        APIField("interests"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("key message")
        verbose_name_plural = _("key messages")
