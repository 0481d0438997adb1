"""The coordinators' decisions per edition: record, withdraw, publish, winner → story.

The outcome itself and its rules live in ``contests.results``; this is its admin screen,
open to coordinators only (``can_coordinate``), everyone else gets 403.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from cms.spreadsheets import FormulaSafeExportMixin
from contests.enums import DecisionKind, EntryState
from contests.models import ContestEditionPage, Decision, ResultsPublication
from contests.results import pending_changes, publish, record, withdraw
from contests.submission import source_edition
from contests.winner_story import create_story_draft
from social.admin_urls import zip_button

from ..forms import DecisionForm
from ..sheets import results_for
from .coordinator import CoordinatorOnlyMixin


class EditionMixin(CoordinatorOnlyMixin):
    """The source-language edition of the URL, for coordinators only."""

    @cached_property
    def edition(self):
        edition = get_object_or_404(ContestEditionPage, pk=self.kwargs["pk"])
        source = source_edition(edition)
        if source.pk != edition.pk:
            raise Http404
        return source

    @cached_property
    def contest_kind(self) -> str:
        return self.edition.get_parent().specific.kind

    def screen_url(self) -> str:
        return reverse("jury_edition_decisions", args=[self.edition.pk])

    @cached_property
    def category_names(self) -> dict:
        return {category.key: category.name for category in self.edition.categories.all()}

    def named(self, decisions):
        """Decisions with the category's name, not its key, for the screen."""
        for decision in decisions:
            decision.category_name = self.category_names.get(decision.category, decision.category)
        return decisions

    def decision(self) -> Decision:
        return get_object_or_404(
            Decision.objects.select_related("entry", "edition"),
            pk=self.kwargs["decision_pk"],
            edition=self.edition,
        )


class DecisionsView(EditionMixin, WagtailAdminTemplateMixin, TemplateView):
    """Entries with the final round's figure and rank, their decisions and the form."""

    header_icon = "success"
    template_name = "jury/decisions.html"

    def get_page_title(self):
        return _("Decisions")

    def get_page_subtitle(self):
        return self.edition.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def post(self, request, *args, **kwargs):
        form = DecisionForm(self.edition, self.contest_kind, request.POST)
        if form.is_valid():
            try:
                record(self.edition, form.cleaned_data["entry"], form.outcome(), request.user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _(
                        "The decision is recorded. It stays pending until the results "
                        "are published."
                    ),
                )
                return redirect(self.screen_url())
        return self.render_to_response(self.get_context_data(form=form))

    def rows(self):
        final = self.edition.jury_rounds.order_by("-position", "-pk").first()
        figures = {}
        if final is not None:
            method = final.headline_method
            for result in results_for(final):
                headline = getattr(result, method)
                figures[result.entry] = (
                    round(float(headline), 2) if headline is not None else None,
                    result.ranks.get(method),
                )
        decisions = {}
        for decision in self.named(
            Decision.objects.filter(edition=self.edition, superseded_at__isnull=True)
            .select_related("story")
            .order_by("kind", "pk")
        ):
            decisions.setdefault(decision.entry_id, []).append(decision)
        entries = self.edition.entries.filter(state=EntryState.ELIGIBLE).order_by(
            "created_at", "pk"
        )
        rows = [
            {
                "entry": entry,
                "category": self.category_names.get(entry.category, entry.category),
                "headline": figures.get(entry.pk, (None, None))[0],
                "rank": figures.get(entry.pk, (None, None))[1],
                "decisions": decisions.get(entry.pk, []),
            }
            for entry in entries
        ]
        rows.sort(key=lambda row: (row["rank"] is None, row["rank"] or 0))
        return final, rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        final, rows = self.rows()
        changes = pending_changes(self.edition)
        publication = ResultsPublication.objects.filter(edition=self.edition).first()
        context.update(
            edition=self.edition,
            final_round=final,
            rows=rows,
            form=kwargs.get("form") or DecisionForm(self.edition, self.contest_kind),
            publication=publication,
            # Only once the public sees the results: before that there is nothing to post.
            social_zip=(
                zip_button("results", self.edition.pk, self.request.user) if publication else None
            ),
            has_changes=bool(changes["added"] or changes["removed"]),
            story_kinds=[DecisionKind.WINNER, DecisionKind.GRANT],
        )
        return context


class PublishView(EditionMixin, WagtailAdminTemplateMixin, TemplateView):
    """A confirmation that lists what becomes public and what leaves, then one POST."""

    header_icon = "upload"
    template_name = "jury/decisions_publish.html"

    def get_page_title(self):
        return _("Publish results")

    def get_page_subtitle(self):
        return self.edition.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": self.screen_url(), "label": _("Decisions")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        changes = pending_changes(self.edition)
        active = Decision.objects.filter(edition=self.edition, superseded_at__isnull=True)
        context.update(
            edition=self.edition,
            public_after=self.named(list(active.select_related("entry"))),
            removed=self.named(changes["removed"]),
            publication=ResultsPublication.objects.filter(edition=self.edition).first(),
        )
        return context

    def post(self, request, *args, **kwargs):
        try:
            publish(self.edition, request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The results are public."))
        return redirect(self.screen_url())


class WithdrawView(EditionMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        try:
            withdraw(self.decision(), request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _(
                    "The decision is withdrawn. Republish the results to take it off "
                    "the public page."
                ),
            )
        return redirect(self.screen_url())


class StoryDraftView(EditionMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        try:
            page, created = create_story_draft(self.decision(), request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(self.screen_url())
        if created:
            messages.success(
                request,
                _("A story draft was made from the entry. Editors take it through review."),
            )
        return redirect("wagtailadmin_pages:edit", page.pk)


class DecisionsExportView(EditionMixin, FormulaSafeExportMixin, SpreadsheetExportMixin, View):
    """Every decision of the edition, superseded ones too: the record, as CSV or XLSX."""

    list_export = [
        "entry.reference",
        "entry.title",
        "get_kind_display",
        "category",
        "rank",
        "amount",
        "currency",
        "citation_ky",
        "citation_ru",
        "citation_en",
        "decided_by",
        "decided_at",
        "superseded_at",
        "published_at",
        "retracted_at",
        "story_id",
    ]
    export_headings = {
        "entry.reference": _("Reference"),
        "entry.title": _("Title"),
        "get_kind_display": _("Decision"),
        "story_id": _("Story"),
    }

    def get_filename(self):
        return f"decisions-{self.edition.slug}"

    def get(self, request, *args, **kwargs):
        if not self.is_export:
            raise Http404
        queryset = (
            Decision.objects.filter(edition=self.edition)
            .select_related("entry", "decided_by")
            .order_by("decided_at", "pk")
        )
        return self.as_spreadsheet(queryset, request.GET["export"])
