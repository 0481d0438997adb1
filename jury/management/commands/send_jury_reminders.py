from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from jury.models import Round
from jury.reminders import QUIET_PERIOD, send_reminders


class Command(BaseCommand):
    help = (
        "E-mail jurors with pending reviews: in one round, or in every round open today. "
        f"Jurors reminded in the last {QUIET_PERIOD.total_seconds() // 3600:.0f} hours are "
        "skipped unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("--round", type=int, help="Only this round (its id).")
        parser.add_argument("--dry-run", action="store_true", help="Say who, send nothing.")
        parser.add_argument("--force", action="store_true", help="Remind even if reminded lately.")

    def handle(self, *args, round=None, dry_run=False, force=False, **options):
        if round is not None:
            rounds = Round.objects.filter(pk=round)
            if not rounds.exists():
                raise CommandError(f"No jury round with id {round}.")
        else:
            today = timezone.localdate()
            rounds = Round.objects.filter(starts_on__lte=today, ends_on__gte=today)
        verb = "would remind" if dry_run else "reminded"
        sent = 0
        for jury_round in rounds.select_related("edition"):
            outcome = send_reminders(jury_round, force=force, dry_run=dry_run)
            label = f"Round {jury_round.pk} ({jury_round})"
            for row in outcome.sent:
                self.stdout.write(f"{label}: {verb} {row.name} ({row.pending} pending)")
            for row in outcome.recent:
                self.stdout.write(f"{label}: skipped {row.name}, reminded {row.last_reminded}")
            for row in outcome.no_email:
                self.stdout.write(f"{label}: skipped {row.name}, no e-mail address")
            sent += len(outcome.sent)
        self.stdout.write(f"{sent} juror(s) {verb}.")
