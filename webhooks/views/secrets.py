"""The secret, shown once: after a subscriber is created and after "Rotate secret".

It is rendered straight into the response to the POST that made it (never stored in
the session or anywhere in clear), and the response may not be cached.
"""

from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.log_actions import log

from .. import secrets
from ..models import Subscriber
from .access import SubscriberViewMixin

ROTATE = "webhooks.subscriber.rotate_secret"


def give_secret(subscriber: Subscriber) -> str:
    """A new secret for ``subscriber`` (not saved): its clear text, to show once."""
    secret = secrets.new_secret()
    subscriber.encrypted_secret = secrets.encrypt(secret)
    subscriber.secret_created_at = timezone.now()
    return secret


def secret_response(request, subscriber: Subscriber, secret: str, context: dict):
    response = TemplateResponse(
        request,
        "webhooks/secret.html",
        {**context, "subscriber": subscriber, "secret": secret},
    )
    add_never_cache_headers(response)
    return response


class RotateSecretView(SubscriberViewMixin, TemplateView):
    page_title = _("Rotate secret")
    template_name = "webhooks/rotate.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(subscriber=self.subscriber, **kwargs)

    def post(self, request, pk):
        subscriber = self.subscriber
        secret = give_secret(subscriber)
        subscriber.save(update_fields=["encrypted_secret", "secret_created_at"])
        log(subscriber, ROTATE, user=request.user)
        self.page_title = _("New secret")
        return secret_response(request, subscriber, secret, self.get_context_data())
