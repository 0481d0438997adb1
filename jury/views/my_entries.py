"""The jury area of the admin: what a juror sees first, their assignments."""

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..enums import ReviewState
from ..jurors import is_juror
from ..models import Assignment, Conflict
from ..reviewing import is_closed


def assignment_rows(user):
    """The juror's assignments, each with its state, grouped by round with progress.

    Two queries whatever the number of assignments.
    """
    assignments = (
        Assignment.objects.current()
        .filter(juror=user)
        .select_related("round__edition", "entry", "review")
        .order_by("round__ends_on", "round__position", "round_id", "entry__created_at", "pk")
    )
    conflicted = set(Conflict.objects.filter(juror=user).values_list("entry_id", flat=True))
    now = timezone.now()
    rounds = {}
    for assignment in assignments:
        review = getattr(assignment, "review", None)
        if assignment.entry_id in conflicted:
            state, done = _("Conflict declared"), None
        elif review is None:
            state, done = _("Not started"), False
        elif review.state == ReviewState.SUBMITTED:
            state, done = _("Submitted"), True
        else:
            state, done = _("Draft"), False
        group = rounds.setdefault(
            assignment.round_id,
            {
                "round": assignment.round,
                "closed": is_closed(assignment.round, now),
                "rows": [],
                "done": 0,
                "left": 0,
            },
        )
        if done is not None:
            group["done" if done else "left"] += 1
        group["rows"].append(
            {"assignment": assignment, "state": state, "done": done, "conflict": done is None}
        )
    for group in rounds.values():
        counted = group["done"] + group["left"]
        group["percent"] = round(100 * group["done"] / counted) if counted else 100
    return list(rounds.values())


class MyEntriesView(WagtailAdminTemplateMixin, TemplateView):
    """The signed-in juror's assignments with their state and the round's deadline.

    Only one's own assignments, never another juror's, and no entrant's name or contact.
    """

    page_title = _("My entries")
    header_icon = "tasks"
    template_name = "jury/my_entries.html"

    def dispatch(self, request, *args, **kwargs):
        if not is_juror(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rounds = assignment_rows(self.request.user)
        done = sum(group["done"] for group in rounds)
        left = sum(group["left"] for group in rounds)
        context.update(rounds=rounds, done=done, left=left)
        return context
