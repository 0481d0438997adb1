"""Every exhibit gets its short link the moment it is first stored, on any path that
stores it: the page editor, a published revision, a scheduled publication, a
translation. Later saves find the link already made (the exhibit's translation key)."""

from django.db.models.signals import post_save


def give_short_link(sender, instance, raw=False, **kwargs):
    from .links import ensure_short_link

    if not raw:
        ensure_short_link(instance.translation_key)


def register_signal_handlers():
    from .models import Exhibit

    post_save.connect(give_short_link, sender=Exhibit, dispatch_uid="exhibit-short-link")
