"""A subscriber failing for a day is paused, and the people who manage it are told.

"Failing" is measured from the first failed attempt after the last success
(``Subscriber.failing_since``), so one bad hour in a good week never pauses anyone.
The pause is in the subscriber's history (Wagtail's log, no user), on the admin's
dashboard for managers, and in an e-mail to each of them.
"""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from .models import Subscriber
from .permissions import managers

AUTO_PAUSE = "webhooks.subscriber.auto_pause"


def pause_if_failing_too_long(subscriber_id: int, now: datetime.datetime) -> bool:
    since = now - datetime.timedelta(hours=settings.WEBHOOK_AUTO_PAUSE_HOURS)
    paused = Subscriber.objects.filter(
        pk=subscriber_id, paused=False, failing_since__lte=since
    ).update(paused=True, paused_automatically=True)
    if not paused:
        return False
    subscriber = Subscriber.objects.get(pk=subscriber_id)
    log(
        subscriber,
        AUTO_PAUSE,
        data={"failing_since": subscriber.failing_since.isoformat()},
    )
    _tell_managers(subscriber)
    return True


def _tell_managers(subscriber: Subscriber) -> None:
    recipients = [user.email for user in managers() if user.email]
    if not recipients:
        return
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "webhooks_subscribers:deliveries", args=[subscriber.pk]
    )
    send_mail(
        _("Webhook subscriber “%(name)s” was paused") % {"name": subscriber.name},
        _(
            "Every delivery to %(url)s has failed for %(hours)s hours, so no more events "
            "are sent to it. Check the receiver, then resume the subscriber: %(link)s"
        )
        % {"url": subscriber.url, "hours": settings.WEBHOOK_AUTO_PAUSE_HOURS, "link": link},
        None,
        recipients,
    )
