"""Admin views that publish, answering a refusal of the publication rule with a message.

The rule itself is enforced in the models' ``publish()`` (``cms.publication``); these
views only turn its ``PublicationRefused`` into the editor's message and a redirect,
never an error page, and leave nothing half-done: the workflow action runs in
Wagtail's transaction, so a refused approval stays "in review".
"""

from django.shortcuts import redirect

from wagtail.admin import messages
from wagtail.admin.views.pages.edit import EditView as PageEditView
from wagtail.admin.views.pages.workflow import WorkflowActionView as PageWorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.snippets.views.snippets import WorkflowActionView as SnippetWorkflowActionView

from .publication import PublicationRefused


def report_refusal(request, refusal: PublicationRefused) -> None:
    for message in refusal.messages:
        messages.error(request, message)


class RefusalAwareWorkflowAction:
    """Approving the last task publishes; a refused publication keeps the task open."""

    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except PublicationRefused as refusal:
            report_refusal(request, refusal)
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                return self.render_modal_json(
                    request, {"step": "success", "redirect": self.redirect_url}
                )
            return redirect(self.redirect_url)


class RefusalAwareEditView:
    """The edit form refuses first with field errors; this catches what changed between
    the form's check and the publish (a release withdrawn meanwhile)."""

    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except PublicationRefused as refusal:
            report_refusal(request, refusal)
            return redirect(request.get_full_path())


class PageWorkflowAction(RefusalAwareWorkflowAction, PageWorkflowActionView):
    pass


class PageEdit(RefusalAwareEditView, PageEditView):
    pass


class SnippetWorkflowAction(RefusalAwareWorkflowAction, SnippetWorkflowActionView):
    pass


class SnippetEdit(RefusalAwareEditView, SnippetEditView):
    pass


class RulePageViewSet(PageViewSet):
    """Registered for ``Page``, so every page type uses these views."""

    model = Page
    name = "rule_pages"
    workflow_action_view_class = PageWorkflowAction
    edit_view_class = PageEdit
