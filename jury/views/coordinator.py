"""What every coordinator's own view shares: the permission test and Wagtail's look."""

from django.core.exceptions import PermissionDenied
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..permissions import can_coordinate


class CoordinatorOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_coordinate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


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
