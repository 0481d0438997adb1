"""What every webhooks view shares: managers only, and the subscriber in the URL."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..models import Subscriber
from ..permissions import can_manage


class SubscriberViewMixin(WagtailAdminTemplateMixin):
    header_icon = "link-external"

    def dispatch(self, request, *args, **kwargs):
        if not can_manage(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def subscriber(self) -> Subscriber:
        return get_object_or_404(Subscriber, pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.subscriber)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("webhooks_subscribers:index"), "label": _("Webhook subscribers")},
            {
                "url": reverse("webhooks_subscribers:edit", args=[self.subscriber.pk]),
                "label": str(self.subscriber),
            },
            {"url": "", "label": self.get_page_title()},
        ]
