from modelcluster.fields import ParentalKey

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from campaigns.serializers import ThemeLinksField, label_of
from cms.blocks import BodyStreamBlock, SourceCitationBlock, iter_images
from cms.forms import PublicationRulesPageForm
from cms.publication import PublicationRuleMixin
from media_library.serializers import ImageSummaryField
from social.blocks import SocialTextsBlock
from social.panels import social_tab
from social.previews import SocialPreviewMixin
from stories.enums import ContributionKind, Currency, SustainableDevelopmentGoal
from stories.rates import som_equivalent
from stories.serializers import (
    CountrySerializer,
    PersonSerializer,
    PlaceSerializer,
    SectorSerializer,
)


class StoryIndexPage(Page):
    """The "People's stories" section: lists the success stories below it."""

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    api_fields = [APIField("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["stories.SuccessStoryPage"]
    template = "stories/story_index_page.html"

    class Meta:
        verbose_name = _("story index")
        verbose_name_plural = _("story indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = (
            SuccessStoryPage.objects.child_of(self).live().public().order_by("-story_date")
        )
        return context


class SuccessStoryPage(PublicationRuleMixin, SocialPreviewMixin, Page):
    """A diaspora member's contribution at home and the people whose lives it changed."""

    standfirst = models.TextField(
        _("standfirst"),
        max_length=400,
        help_text=_("One or two sentences under the title: who did what, where, for whom."),
    )
    story_date = models.DateField(
        _("story date"),
        default=timezone.localdate,
        help_text=_("When it happened or was first reported; stories are ordered by it."),
    )
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    place = models.ForeignKey(
        "stories.Place",
        verbose_name=_("small motherland"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The place at home the contribution went to."),
    )
    country_of_residence = models.ForeignKey(
        "stories.Country",
        verbose_name=_("diaspora's country of residence"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    amount = models.DecimalField(
        _("amount"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, blank=True)
    kgs_rate = models.DecimalField(
        _("rate to the som"),
        max_digits=14,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_(
            "Soms for one unit of the currency, for the contribution monitor's som "
            "equivalent. Not needed for an amount in soms."
        ),
    )
    kgs_rate_date = models.DateField(_("rate date"), null=True, blank=True)
    kgs_rate_source = models.CharField(
        _("rate source"),
        max_length=255,
        blank=True,
        help_text=_("Where the rate comes from, e.g. the National Bank's official rate."),
    )
    beneficiaries = models.PositiveIntegerField(
        _("number of beneficiaries"), null=True, blank=True
    )
    has_video = models.BooleanField(
        _("has video"), default=False, editable=False, help_text=_("Derived from the body.")
    )
    sources = StreamField(
        [("source", SourceCitationBlock())],
        verbose_name=_("sources"),
        blank=True,
        help_text=_("Where the facts of this story were published."),
    )
    social_texts = StreamField(SocialTextsBlock(), verbose_name=_("texts per channel"), blank=True)

    base_form_class = PublicationRulesPageForm
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    template = "stories/success_story_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("standfirst"),
        FieldPanel("story_date"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultipleChooserPanel("hero_links", chooser_field_name="person", heading=_("Heroes")),
        FieldPanel("sources"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("country_of_residence")], heading=_("Places")
        ),
        MultipleChooserPanel("place_links", chooser_field_name="place", heading=_("Other places")),
        MultipleChooserPanel("sector_links", chooser_field_name="sector", heading=_("Sectors")),
        InlinePanel("contributions", heading=_("Kind of contribution"), min_num=0),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")]),
                FieldRowPanel([FieldPanel("kgs_rate"), FieldPanel("kgs_rate_date")]),
                FieldPanel("kgs_rate_source"),
                FieldPanel("beneficiaries"),
            ],
            heading=_("Figures"),
        ),
        InlinePanel("sdgs", heading=_("Sustainable Development Goals")),
        MultipleChooserPanel(
            "theme_links", chooser_field_name="theme", heading=_("Campaign themes")
        ),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(facts_panels, heading=_("Facts")),
            social_tab(),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.RelatedFields(
            "hero_links", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
        index.RelatedFields("place", [index.SearchField("name")]),
        index.RelatedFields(
            "place_links", [index.RelatedFields("place", [index.SearchField("name")])]
        ),
        index.FilterField("story_date"),
    ]

    api_fields = [
        APIField("standfirst"),
        APIField("story_date"),
        APIField("hero_image", serializer=ImageSummaryField()),
        APIField("body"),
        APIField("place", serializer=PlaceSerializer()),
        APIField("country_of_residence", serializer=CountrySerializer()),
        APIField("amount"),
        APIField("currency"),
        APIField("kgs_rate"),
        APIField("kgs_rate_date"),
        APIField("kgs_rate_source"),
        APIField("beneficiaries"),
        APIField("hero_links"),
        APIField("place_links"),
        APIField("sector_links"),
        APIField("contributions"),
        APIField("sdgs"),
        APIField("theme_links", serializer=ThemeLinksField()),
        APIField("sources"),
    ]

    class Meta:
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")

    def clean(self):
        super().clean()
        if self.amount is not None and not self.currency:
            raise ValidationError({"currency": _("Give the currency of the amount.")})
        if self.amount is not None and self.amount < 0:
            raise ValidationError({"amount": _("The amount cannot be negative.")})
        self.clean_kgs_rate()

    def clean_kgs_rate(self):
        """A rate is only for an amount in another currency, and is dated and sourced so
        that a reader can check the som equivalent; without one the equivalent is unknown,
        never guessed."""
        has_rate = self.kgs_rate is not None
        if not has_rate:
            if self.kgs_rate_date or self.kgs_rate_source.strip():
                raise ValidationError(
                    {"kgs_rate": _("Give the rate, or clear its date and source.")}
                )
            return
        errors = {}
        if self.amount is None:
            errors["kgs_rate"] = _("A rate is only needed with an amount.")
        elif self.currency == Currency.KGS:
            errors["kgs_rate"] = _("An amount in soms needs no rate; clear it.")
        elif self.kgs_rate <= 0:
            errors["kgs_rate"] = _("The rate must be greater than zero.")
        if not self.kgs_rate_date:
            errors["kgs_rate_date"] = _("Give the date of the rate.")
        elif self.kgs_rate_date > timezone.localdate():
            errors["kgs_rate_date"] = _("The rate date cannot be in the future.")
        if not self.kgs_rate_source.strip():
            errors["kgs_rate_source"] = _("Say where the rate comes from.")
        if errors:
            raise ValidationError(errors)

    def kgs_equivalent(self):
        return som_equivalent(self.amount, self.currency, self.kgs_rate)

    def save(self, *args, **kwargs):
        self.has_video = any(block.block_type == "video" for block in self.body)
        return super().save(*args, **kwargs)

    def images_in_use(self):
        if self.hero_image_id:
            yield self.hero_image
        yield from iter_images(self.body)


class StoryHero(TranslatableMixin, Orderable):
    page = ParentalKey(SuccessStoryPage, related_name="hero_links", on_delete=models.CASCADE)
    person = models.ForeignKey(
        "stories.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="story_links",
    )
    panels = [FieldPanel("person")]
    api_fields = [APIField("person", serializer=PersonSerializer())]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("hero")


class StoryPlace(TranslatableMixin, Orderable):
    page = ParentalKey(SuccessStoryPage, related_name="place_links", on_delete=models.CASCADE)
    place = models.ForeignKey(
        "stories.Place",
        verbose_name=_("place"),
        on_delete=models.CASCADE,
        related_name="story_links",
    )
    panels = [FieldPanel("place")]
    api_fields = [APIField("place", serializer=PlaceSerializer())]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("place")


class StorySector(TranslatableMixin, Orderable):
    page = ParentalKey(SuccessStoryPage, related_name="sector_links", on_delete=models.CASCADE)
    sector = models.ForeignKey(
        "stories.Sector",
        verbose_name=_("sector"),
        on_delete=models.CASCADE,
        related_name="story_links",
    )
    panels = [FieldPanel("sector")]
    api_fields = [APIField("sector", serializer=SectorSerializer())]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("sector")


class StoryTheme(TranslatableMixin, Orderable):
    page = ParentalKey(SuccessStoryPage, related_name="theme_links", on_delete=models.CASCADE)
    theme = models.ForeignKey(
        "campaigns.CampaignThemePage",
        verbose_name=_("theme"),
        on_delete=models.CASCADE,
        related_name="story_links",
    )
    panels = [FieldPanel("theme")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("campaign theme")


class StoryContribution(Orderable):
    page = ParentalKey(SuccessStoryPage, related_name="contributions", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=20, choices=ContributionKind.choices)
    panels = [FieldPanel("kind")]
    api_fields = [APIField("kind"), APIField("label", serializer=label_of("get_kind_display"))]

    class Meta(Orderable.Meta):
        verbose_name = _("kind of contribution")


class StorySDG(Orderable):
    page = ParentalKey(SuccessStoryPage, related_name="sdgs", on_delete=models.CASCADE)
    goal = models.PositiveSmallIntegerField(_("goal"), choices=SustainableDevelopmentGoal.choices)
    panels = [FieldPanel("goal")]
    api_fields = [APIField("goal"), APIField("label", serializer=label_of("get_goal_display"))]

    class Meta(Orderable.Meta):
        verbose_name = _("Sustainable Development Goal")
