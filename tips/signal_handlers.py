"""A deleted tip's photos leave storage too, once the deletion is committed."""

from django.db.models.signals import post_delete

from contests.signal_handlers import delete_stored_file


def register_signal_handlers() -> None:
    from .models import TipPhoto

    post_delete.connect(delete_stored_file, sender=TipPhoto, dispatch_uid="tips_photo_file")
