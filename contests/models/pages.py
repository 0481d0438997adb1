"""Contest programmes and their editions: pages, translated like every page."""

import itertools
import zoneinfo

from modelcluster.fields import ParentalKey

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.forms import PublicationRulesPageForm
from stories.enums import Currency

from .. import schedule
from ..enums import ContestKind, FieldType

RICH_TEXT = ["bold", "italic", "link", "ul", "ol", "h3"]


class ContestProgrammePage(Page):
    """A contest that recurs: what it is, who runs it, its rules and its history."""

    kind = models.CharField(_("kind"), max_length=20, choices=ContestKind.choices)
    summary = models.CharField(_("summary"), max_length=300)
    organisers = models.TextField(_("organisers"), blank=True, help_text=_("One per line."))
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT)
    rules = RichTextField(_("rules"), blank=True, features=RICH_TEXT)
    history = RichTextField(_("history"), blank=True, features=RICH_TEXT)

    override_translatable_fields = [SynchronizedField("kind")]
    base_form_class = PublicationRulesPageForm
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["contests.ContestEditionPage"]
    template = "contests/contest_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("organisers"),
        FieldPanel("introduction"),
        FieldPanel("rules"),
        FieldPanel("history"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("introduction"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("summary"),
        APIField("organiser_list"),
        APIField("introduction"),
        APIField("rules"),
        APIField("history"),
    ]

    class Meta:
        verbose_name = _("contest programme")
        verbose_name_plural = _("contest programmes")

    @property
    def organiser_list(self) -> list[str]:
        return [line.strip() for line in self.organisers.splitlines() if line.strip()]


class ContestEditionPage(Page):
    """One round of a contest: its dates, categories, prizes, rules and documents.

    The status (upcoming, open, judging, results) is derived from the dates in
    ``schedule.py``; there is no field for it.
    """

    opens_on = models.DateField(_("entries open on"))
    closes_on = models.DateField(
        _("entries close on"), help_text=_("Entries are taken until the end of this day.")
    )
    judging_from = models.DateField(_("judging from"), null=True, blank=True)
    judging_to = models.DateField(_("judging to"), null=True, blank=True)
    results_on = models.DateField(_("results on"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=60,
        default=schedule.DEFAULT_TIME_ZONE,
        help_text=_("The dates are days in this time zone."),
    )
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT)
    rules_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("rules (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_notice = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_notice_version = models.CharField(
        _("privacy notice version"),
        max_length=40,
        default="1",
        help_text=_("Entrants consent to this version; change it when the notice changes."),
    )
    min_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(
        _("maximum age"),
        null=True,
        blank=True,
        help_text=_("Team members older than this are flagged when entries are screened."),
    )

    override_translatable_fields = [
        SynchronizedField("opens_on"),
        SynchronizedField("closes_on"),
        SynchronizedField("judging_from"),
        SynchronizedField("judging_to"),
        SynchronizedField("results_on"),
        SynchronizedField("time_zone"),
        SynchronizedField("privacy_notice_version"),
    ]
    base_form_class = PublicationRulesPageForm
    parent_page_types = ["contests.ContestProgrammePage"]
    subpage_types = []
    template = "contests/contest_page.html"

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
                FieldRowPanel([FieldPanel("judging_from"), FieldPanel("judging_to")]),
                FieldPanel("results_on"),
                FieldPanel("time_zone"),
            ],
            heading=_("Dates"),
        ),
        FieldPanel("introduction"),
        InlinePanel("categories", heading=_("Categories (nominations)"), label=_("Category")),
        InlinePanel("prizes", heading=_("Prizes or grants"), label=_("Prize")),
        InlinePanel("eligibility_rules", heading=_("Eligibility rules"), label=_("Rule")),
        FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")], heading=_("Age limits")),
        MultiFieldPanel(
            [
                FieldPanel("rules_document"),
                FieldPanel("privacy_notice"),
                FieldPanel("privacy_notice_version"),
            ],
            heading=_("Documents"),
        ),
        InlinePanel("questions", heading=_("Extra questions"), label=_("Question")),
    ]
    # The public parts only; entries are never pages and never in any API.
    api_fields = [
        APIField("opens_on"),
        APIField("closes_on"),
        APIField("judging_from"),
        APIField("judging_to"),
        APIField("results_on"),
        APIField("time_zone"),
        APIField("status"),
        APIField("introduction"),
        APIField("categories"),
        APIField("prizes"),
        APIField("eligibility_rules"),
        APIField("privacy_notice_version"),
        APIField("min_age"),
        APIField("max_age"),
    ]

    class Meta:
        verbose_name = _("contest edition")
        verbose_name_plural = _("contest editions")

    @property
    def programme(self) -> ContestProgrammePage | None:
        parent = self.get_parent()
        return parent.specific if parent else None

    @property
    def kind(self) -> str:
        return self.programme.kind

    @property
    def status(self) -> str:
        return schedule.status_at(self)

    def clean(self):
        super().clean()
        errors = {}
        if self.time_zone:
            try:
                zoneinfo.ZoneInfo(self.time_zone)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                errors["time_zone"] = _("Not a time zone name, e.g. Asia/Bishkek.")
        order = [
            ("opens_on", self.opens_on),
            ("closes_on", self.closes_on),
            ("judging_from", self.judging_from),
            ("judging_to", self.judging_to),
            ("results_on", self.results_on),
        ]
        known = [(name, value) for name, value in order if value]
        for (_name, earlier), (later_name, later) in itertools.pairwise(known):
            if later < earlier:
                errors.setdefault(
                    later_name,
                    _("The dates must follow each other: opening, closing, judging, results."),
                )
        if self.min_age and self.max_age and self.min_age > self.max_age:
            errors["max_age"] = _("The maximum age is below the minimum age.")
        if errors:
            raise ValidationError(errors)


class EditionCategory(TranslatableMixin, Orderable):
    page = ParentalKey(ContestEditionPage, related_name="categories", on_delete=models.CASCADE)
    key = models.SlugField(_("key"), max_length=60, help_text=_("Same in every language."))
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    override_translatable_fields = [SynchronizedField("key")]
    panels = [FieldPanel("key"), FieldPanel("name"), FieldPanel("description")]
    api_fields = [APIField("key"), APIField("name"), APIField("description")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")


class EditionPrize(TranslatableMixin, Orderable):
    page = ParentalKey(ContestEditionPage, related_name="prizes", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=200)
    amount = models.DecimalField(
        _("amount"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, blank=True)
    description = models.TextField(_("description"), blank=True)

    override_translatable_fields = [SynchronizedField("currency")]
    api_fields = [
        APIField("name"),
        APIField("amount"),
        APIField("currency"),
        APIField("description"),
    ]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")]),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("prize")
        verbose_name_plural = _("prizes")


class EligibilityRule(TranslatableMixin, Orderable):
    """A rule an entry must meet; screening names the rule an ineligible entry breaks."""

    page = ParentalKey(
        ContestEditionPage, related_name="eligibility_rules", on_delete=models.CASCADE
    )
    key = models.SlugField(_("key"), max_length=60, help_text=_("Same in every language."))
    text = models.CharField(_("rule"), max_length=500)

    override_translatable_fields = [SynchronizedField("key")]
    panels = [FieldPanel("key"), FieldPanel("text")]
    api_fields = [APIField("key"), APIField("text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("eligibility rule")
        verbose_name_plural = _("eligibility rules")

    def __str__(self):
        return self.text


QUESTION_TYPES = [
    (FieldType.TEXT, FieldType.TEXT.label),
    (FieldType.LONG_TEXT, FieldType.LONG_TEXT.label),
    (FieldType.YES_NO, FieldType.YES_NO.label),
    (FieldType.CHOICE, FieldType.CHOICE.label),
    (FieldType.URL, FieldType.URL.label),
    (FieldType.DATE, FieldType.DATE.label),
    (FieldType.INTEGER, FieldType.INTEGER.label),
]


class EditionQuestion(TranslatableMixin, Orderable):
    """A question an edition adds to its form without code."""

    page = ParentalKey(ContestEditionPage, related_name="questions", on_delete=models.CASCADE)
    key = models.SlugField(
        _("key"),
        max_length=60,
        help_text=_("The answer's name in the form and exports; same in every language."),
    )
    label = models.CharField(_("question"), max_length=300)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    field_type = models.CharField(
        _("answer type"), max_length=20, choices=QUESTION_TYPES, default=FieldType.TEXT
    )
    required = models.BooleanField(_("required"), default=False)
    choices = models.TextField(
        _("choices"), blank=True, help_text=_("For 'one of a list': one choice per line.")
    )

    override_translatable_fields = [
        SynchronizedField("key"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("field_type"), FieldPanel("required")]),
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldPanel("choices"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("extra question")
        verbose_name_plural = _("extra questions")

    @property
    def choice_list(self) -> list[str]:
        return [line.strip() for line in self.choices.splitlines() if line.strip()]
