from django.core.management.base import BaseCommand

from alerts.sending import send_due_alerts


class Command(BaseCommand):
    help = "Mail followed searches their new and changed offerings (cron: daily)."

    def handle(self, *args, **options):
        result = send_due_alerts()
        self.stdout.write(
            f"{result['mailed']} e-mail(s) verstuurd met samen {result['offerings']} aanbod; "
            f"{result['expired']} onbevestigde aanmelding(en) verwijderd."
        )
