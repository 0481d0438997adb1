"""Wagtail's ``publish_scheduled``, with the publication rule reported instead of crashing.

Expired objects are unpublished as Wagtail does. A scheduled revision the rule refuses
(a photo's release was withdrawn after approval) stays unpublished and scheduled: it
is reported on every run and goes live on the first run after the release is recorded.
One refusal never stops the other revisions.
"""

import logging

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import DraftStateMixin, Page, Revision

from cms.publication import PublicationRefused, revision_refusals

logger = logging.getLogger(__name__)


def _draft_state_models():
    return [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


class Command(WagtailCommand):
    help = "Unpublish expired objects and publish scheduled revisions the rules allow."

    def handle(self, *args, **options):
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now()).order_by(
            "approved_go_live_at"
        )
        if options["dryrun"]:
            super().handle(*args, **options)
            for revision in due:
                for problem in revision_refusals(revision):
                    self._report(revision, problem, dryrun=True)
            return
        for model in _draft_state_models():
            for obj in list(model.objects.filter(live=True, expire_at__lt=timezone.now())):
                obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
        published = refused = 0
        for revision in list(due):
            try:
                with transaction.atomic():
                    revision.publish(log_action="wagtail.publish.scheduled")
                published += 1
            except PublicationRefused as refusal:
                refused += 1
                for problem in refusal.messages:
                    self._report(revision, problem)
        if published or refused:
            self.stdout.write(f"Published {published} scheduled revision(s); {refused} refused.")

    def _report(self, revision, problem: str, dryrun: bool = False) -> None:
        line = f"{'Would refuse' if dryrun else 'Refused'} “{revision.object_str}” "
        line += f"(revision {revision.pk}): {problem}"
        logger.warning(line)
        self.stderr.write(line)
