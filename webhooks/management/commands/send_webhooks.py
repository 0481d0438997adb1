from django.core.management.base import BaseCommand

from webhooks.sending import send_due


class Command(BaseCommand):
    help = (
        "Send the webhook deliveries that are due (retries when tasks run immediately, "
        "and any whose task was lost). Safe to run at any time, e.g. every minute."
    )

    def handle(self, *args, **options):
        count = send_due()
        self.stdout.write(self.style.SUCCESS(f"Webhook deliveries attempted: {count}."))
