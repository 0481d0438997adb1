"""Every exhibit gets its short link the moment it is first stored, on any path that
stores it: the page editor, a published revision, a scheduled publication, a
translation. Later saves find the link already made (the exhibit's translation key).

Publishing, unpublishing or deleting a published tour stop is announced to webhook
subscribers (``exhibition.stop_changed``) while its exhibition is public; a stop is
the same in every language, so the event has no locale and names the exhibition's
source page for its address.
"""

from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _

from wagtail.signals import published, unpublished

STOP_CHANGED = "exhibition.stop_changed"


def give_short_link(sender, instance, raw=False, **kwargs):
    from .links import ensure_short_link

    if not raw:
        ensure_short_link(instance.translation_key)


def announce_stop(sender, instance, **kwargs):
    from webhooks import events

    if kwargs.get("signal") is post_delete and not instance.live:
        return
    stop_id, exhibition_id = instance.pk, instance.exhibition_id

    def describe():
        exhibition = events.public_page(exhibition_id)
        if exhibition is None:
            return None
        return events.Subject(
            type=events.type_label(sender), id=stop_id, locale=None, url=exhibition.url
        )

    events.emit(STOP_CHANGED, describe)


def register_signal_handlers():
    from webhooks import events

    from .models import Exhibit, ExhibitionPage, ExhibitionSection, TourStop

    post_save.connect(give_short_link, sender=Exhibit, dispatch_uid="exhibit-short-link")
    events.register_event(STOP_CHANGED, _("Exhibition stop changed"))
    events.register_type(TourStop)
    events.watch_pages(ExhibitionPage, ExhibitionSection)
    signals = {"published": published, "unpublished": unpublished, "deleted": post_delete}
    for name, signal in signals.items():
        signal.connect(announce_stop, sender=TourStop, dispatch_uid=f"tour-stop-webhook-{name}")
