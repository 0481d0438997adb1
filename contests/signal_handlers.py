"""A deleted entry's files leave storage too, once the deletion is committed; a
publication of results is announced to webhook subscribers in every language the
edition is public in."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _

RESULTS_PUBLISHED = "contest.results_published"


def delete_stored_file(sender, instance, **kwargs):
    name = instance.file.name
    if name:
        storage = instance.file.storage
        transaction.on_commit(lambda: storage.delete(name))


def announce_results(sender, instance, raw=False, **kwargs):
    from webhooks import events

    if raw:
        return
    for page_id in instance.edition.get_translations(inclusive=True).values_list("pk", flat=True):
        events.emit(RESULTS_PUBLISHED, lambda page_id=page_id: events.public_page(page_id))


def register_signal_handlers() -> None:
    from webhooks import events

    from .models import ContestEditionPage, ContestProgrammePage, EntryFile, ResultsPublication

    post_delete.connect(delete_stored_file, sender=EntryFile, dispatch_uid="contests_entry_file")
    events.register_event(RESULTS_PUBLISHED, _("Contest results published"))
    events.watch_pages(ContestProgrammePage, ContestEditionPage)
    post_save.connect(
        announce_results, sender=ResultsPublication, dispatch_uid="contests_results_webhook"
    )
