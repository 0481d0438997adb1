"""What every coordinator's own view shares: the permission test and Wagtail's look.

``CoordinatorOnlyMixin`` is the one door of the jury's coordinator screens: anyone who
may not coordinate gets a 403 before the URL's objects are even looked up (so a juror
learns nothing from a 404). The answer is a plain 403 page, not Wagtail's redirect to
the dashboard: a refused export or POST then never looks like a download or a success."""

from django.core.exceptions import PermissionDenied
from django.views.defaults import permission_denied
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..permissions import can_coordinate


class CoordinatorOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_coordinate(request.user):
            return permission_denied(request, PermissionDenied())
        self.load(**kwargs)
        return super().dispatch(request, *args, **kwargs)

    def load(self, **kwargs) -> None:
        """Look up the URL's objects; runs only once the permission test has passed."""


class CoordinatorFormView(CoordinatorOnlyMixin, WagtailAdminTemplateMixin, FormView):
    """A form changing the jury's state: shown on GET, acted on only on a POST."""

    template_name = "wagtailadmin/generic/form.html"
    header_icon = "group"
    submit_button_label = None
    parent_label = None
    parent_url = None

    def get_breadcrumbs_items(self):
        items = [{"url": self.parent_url, "label": self.parent_label}] if self.parent_url else []
        return self.breadcrumbs_items + items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            action_url=self.request.get_full_path(),
            submit_button_label=self.submit_button_label,
            submit_button_active_label=self.submit_button_label,
        )
        return context
