from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.loader import DemoLoader
from offerings.models import OfferingPage


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (idempotent). Alleen met instellingen die demo-accounts toestaan."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Alleen laden als er nog geen aanbod is.")

    def handle(self, *args, **options):
        if not getattr(settings, "ALLOW_DEMO_PASSWORD", False):
            raise CommandError("Demo-inhoud met demo-accounts mag niet met productie-instellingen.")
        if options["if_empty"] and OfferingPage.objects.exists():
            self.stdout.write("Er is al inhoud; demo-inhoud niet opnieuw geladen.")
            return
        DemoLoader(stdout=self.stdout if options["verbosity"] else None).load()
