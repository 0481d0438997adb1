"""Subscribers in the admin (menu "Settings" → "Webhooks"): list, add, edit, delete.

Creating one shows its secret once, in place of the usual redirect; the edit form has
no secret at all. Each row leads to its delivery log and to "Rotate secret".
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.models import CreateView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, ListingButton

from ..forms import SubscriberForm
from ..models import Subscriber
from .deliveries import DeliveryLogView, RedeliverView, SendTestView
from .secrets import RotateSecretView, give_secret, secret_response


class StatusColumn(Column):
    def get_value(self, instance):
        if instance.paused_automatically:
            return _("Paused automatically (failing)")
        if instance.paused:
            return _("Paused")
        return _("Active")


class SubscriberIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            ListingButton(
                _("Delivery log"),
                url=reverse("webhooks_subscribers:deliveries", args=[instance.pk]),
                icon_name="list-ul",
                priority=40,
            )
        )
        buttons.append(
            Button(
                _("Rotate secret"),
                url=reverse("webhooks_subscribers:rotate", args=[instance.pk]),
                icon_name="key",
                priority=45,
            )
        )
        return buttons


class SubscriberCreateView(CreateView):
    def save_instance(self):
        self.secret = give_secret(self.form.instance)
        self.form.instance.created_by = self.request.user
        return super().save_instance()

    def save_action(self):
        return secret_response(
            self.request,
            self.object,
            self.secret,
            {"page_title": _("Subscriber added"), "header_icon": "link-external"},
        )


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "link-external"
    menu_label = _("Webhooks")
    add_to_settings_menu = True
    url_prefix = "webhooks"
    name = "webhooks_subscribers"
    index_view_class = SubscriberIndexView
    add_view_class = SubscriberCreateView
    copy_view_enabled = False
    list_display = [
        "name",
        "url",
        StatusColumn("status", label=_("Status")),
        DateColumn("failing_since", label=_("Failing since")),
    ]
    list_filter = ["paused"]
    search_fields = ["name", "url"]

    def get_form_class(self, for_update=False):
        return SubscriberForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/deliveries/", DeliveryLogView.as_view(), name="deliveries"),
            path(
                "<int:pk>/deliveries/<int:delivery_pk>/redeliver/",
                RedeliverView.as_view(),
                name="redeliver",
            ),
            path("<int:pk>/test/", SendTestView.as_view(), name="test"),
            path("<int:pk>/rotate/", RotateSecretView.as_view(), name="rotate"),
        ]


subscriber_viewset = SubscriberViewSet()
