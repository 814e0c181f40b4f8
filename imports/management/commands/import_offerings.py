from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from imports import limits
from imports.limits import MAX_FILE_BYTES
from imports.writer import ImportRefused, run_import
from partners.models import PartnerPage


class Command(BaseCommand):
    help = "Import a partner's offerings from an XLSX or CSV file as drafts in its own section."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--partner", required=True, help="afkorting, bijvoorbeeld VNG")
        parser.add_argument("--dry-run", action="store_true", help="alleen controleren, niets opslaan")

    def handle(self, *args, **options):
        partner = PartnerPage.objects.filter(abbreviation__iexact=options["partner"]).first()
        if partner is None:
            raise CommandError(f"Onbekende partner ‘{options['partner']}’.")
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Bestand ‘{path}’ niet gevonden.")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CommandError(
                f"Het bestand is groter dan {MAX_FILE_BYTES // (1024 * 1024)} MB. "
                "Splits het in kleinere bestanden."
            )
        try:
            report = run_import(
                path.read_bytes(), path.name, partner, dry_run=options["dry_run"], budget=limits.task_budget()
            )
        except ImportRefused as refused:
            self.stdout.write(refused.report.as_text())
            raise CommandError("Import geweigerd; er is niets opgeslagen.") from None
        self.stdout.write(report.as_text())
        if options["dry_run"]:
            self.stdout.write("Proefrun: er is niets opgeslagen.")
        else:
            self.stdout.write(f"{len(report.rows)} concept(en) opgeslagen in de sectie van {partner.title}.")
