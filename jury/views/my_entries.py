"""The jury area of the admin: what a juror sees. For now, "My entries"."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..enums import ReviewState
from ..jurors import is_juror
from ..models import Assignment


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
        assignments = (
            Assignment.objects.current()
            .filter(juror=self.request.user)
            .select_related("round", "entry", "review")
            .order_by("round__ends_on", "round__position", "entry__created_at", "pk")
        )
        rows = []
        for assignment in assignments:
            review = getattr(assignment, "review", None)
            if review is None:
                state = _("Not started")
            elif review.state == ReviewState.SUBMITTED:
                state = _("Submitted")
            else:
                state = _("Draft")
            rows.append({"assignment": assignment, "state": state})
        done = sum(
            1
            for row in assignments
            if getattr(row, "review", None) and row.review.state == ReviewState.SUBMITTED
        )
        context.update(rows=rows, done=done, left=len(rows) - done)
        return context
