from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup

from .jurors import is_juror
from .panels import MyEntriesPanel
from .views import policy  # noqa: F401  (the jury's permission policies, before its viewsets)
from .views.assignments import AssignmentViewSet
from .views.conflict import DeclareConflictView
from .views.conflicts import ConflictViewSet
from .views.decisions import (
    DecisionsExportView,
    DecisionsView,
    PublishView,
    StoryDraftView,
    WithdrawView,
)
from .views.files import entry_file
from .views.my_entries import MyEntriesView
from .views.progress import ProgressView, RemindView
from .views.reopen import ReopenReviewView
from .views.results import ExportView, ResultsView
from .views.review import ReviewView
from .views.rounds import RoundViewSet
from .views.summary import EntrySummaryView


@hooks.register("register_log_actions")
def register_jury_actions(actions):
    """Every jury action that Wagtail's history records: who did what, and when."""
    register = actions.register_action
    register("jury.assign", _("Assign"), _("Entry assigned to a juror"))
    register("jury.unassign", _("Withdraw assignment"), _("Assignment withdrawn"))
    register("jury.review.draft", _("Save review draft"), _("Review draft saved"))
    register("jury.review.submit", _("Submit review"), _("Review submitted"))
    register("jury.review.reopen", _("Reopen review"), _("Review reopened"))
    register("jury.conflict.declare", _("Declare conflict"), _("Conflict of interest declared"))
    register("jury.conflict.decide", _("Decide on conflict"), _("Decision on a conflicted score"))
    register("jury.shortlist", _("Shortlist"), _("Entry shortlisted to the next round"))
    register("jury.decision", _("Decide"), _("Decision recorded"))
    register("jury.results.publish", _("Publish results"), _("Results published"))
    register("jury.winner_story", _("Winner to story"), _("Story draft created from a winner"))
    register("jury.remind", _("Remind jurors"), _("Juror reminded of pending reviews"))
    register("jury.summary", _("Write summary"), _("Anonymised summary written"))


@hooks.register("register_admin_urls")
def register_jury_urls():
    decisions = "jury/editions/<int:pk>/decisions/"
    return [
        path("jury/my-entries/", MyEntriesView.as_view(), name="jury_my_entries"),
        path(decisions, DecisionsView.as_view(), name="jury_edition_decisions"),
        path(f"{decisions}publish/", PublishView.as_view(), name="jury_edition_decisions_publish"),
        path(
            f"{decisions}export/",
            DecisionsExportView.as_view(),
            name="jury_edition_decisions_export",
        ),
        path(
            f"{decisions}<int:decision_pk>/withdraw/",
            WithdrawView.as_view(),
            name="jury_decision_withdraw",
        ),
        path(
            f"{decisions}<int:decision_pk>/story/",
            StoryDraftView.as_view(),
            name="jury_decision_story",
        ),
        path("jury/rounds/<int:pk>/results/", ResultsView.as_view(), name="jury_round_results"),
        path("jury/rounds/<int:pk>/progress/", ProgressView.as_view(), name="jury_round_progress"),
        path(
            "jury/rounds/<int:pk>/progress/remind/",
            RemindView.as_view(),
            name="jury_round_remind",
        ),
        path(
            "jury/rounds/<int:pk>/export/scores.<str:format>",
            ExportView.as_view(kind="scores"),
            name="jury_export_scores",
        ),
        path(
            "jury/rounds/<int:pk>/export/results.<str:format>",
            ExportView.as_view(kind="results"),
            name="jury_export_results",
        ),
        path("jury/assignments/<int:pk>/review/", ReviewView.as_view(), name="jury_review"),
        path(
            "jury/assignments/<int:pk>/conflict/",
            DeclareConflictView.as_view(),
            name="jury_declare_conflict",
        ),
        path(
            "jury/assignments/<int:pk>/files/<int:file_pk>/",
            entry_file,
            name="jury_entry_file",
        ),
        path(
            "jury/reviews/<int:pk>/reopen/", ReopenReviewView.as_view(), name="jury_review_reopen"
        ),
        path(
            "jury/entries/<int:pk>/summary/", EntrySummaryView.as_view(), name="jury_entry_summary"
        ),
    ]


class JurorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_juror(request.user)


@hooks.register("register_admin_menu_item")
def register_my_entries_menu_item():
    return JurorMenuItem(
        _("My entries"),
        reverse("jury_my_entries"),
        name="my-entries",
        icon_name="tasks",
        order=150,
    )


class JuryViewSetGroup(ViewSetGroup):
    """The coordinators' jury menu; each item is shown to coordinators only."""

    menu_label = _("Jury")
    menu_name = "jury"
    menu_icon = "group"
    menu_order = 260
    items = (
        RoundViewSet("jury_rounds", url_prefix="jury/rounds"),
        AssignmentViewSet("jury_assignments", url_prefix="jury/assignments"),
        ConflictViewSet("jury_conflicts", url_prefix="jury/conflicts"),
    )


@hooks.register("register_admin_viewset")
def register_jury_viewsets():
    return JuryViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_my_entries_panel(request, panels):
    """A juror's dashboard leads to their work."""
    if is_juror(request.user):
        panels.insert(0, MyEntriesPanel(request.user))
