"""A subscriber's delivery log, and the two buttons that send by hand: "Redeliver"
(the same message again) and "Send test event"."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.log_actions import log

from .. import dispatch
from ..models import Attempt, Delivery
from .access import SubscriberViewMixin

PER_PAGE = 50
REDELIVER = "webhooks.delivery.redeliver"
TEST = "webhooks.subscriber.test"


class DeliveryLogView(SubscriberViewMixin, TemplateView):
    page_title = _("Delivery log")
    template_name = "webhooks/deliveries.html"

    def get_context_data(self, **kwargs):
        deliveries = (
            Delivery.objects.filter(subscriber=self.subscriber)
            .select_related("message")
            .prefetch_related(Prefetch("log", queryset=Attempt.objects.order_by("-number")))
            .order_by("-created_at", "-pk")
        )
        page = Paginator(deliveries, PER_PAGE).get_page(self.request.GET.get("p"))
        return super().get_context_data(
            subscriber=self.subscriber, deliveries=page, Status=Delivery.Status, **kwargs
        )


class SendTestView(SubscriberViewMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        delivery = dispatch.send_test(self.subscriber)
        log(self.subscriber, TEST, user=request.user, data={"delivery": delivery.pk})
        messages.success(request, _("A test event was queued."))
        return redirect("webhooks_subscribers:deliveries", pk)


class RedeliverView(SubscriberViewMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk, delivery_pk):
        delivery = get_object_or_404(
            Delivery.objects.select_related("message"), pk=delivery_pk, subscriber=self.subscriber
        )
        again = dispatch.redeliver(delivery)
        log(
            self.subscriber,
            REDELIVER,
            user=request.user,
            data={"delivery": delivery.pk, "webhook_id": delivery.message.webhook_id},
        )
        messages.success(
            request,
            _("Message %(id)s was queued again.") % {"id": again.message.webhook_id},
        )
        return redirect("webhooks_subscribers:deliveries", pk)
