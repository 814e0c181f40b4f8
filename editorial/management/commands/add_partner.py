"""manage.py add_partner --abbr XYZ --name "..." : create or repair a partner organisation."""

import argparse

from django.core.management.base import BaseCommand, CommandError

from editorial.forms import AddPartnerForm
from editorial.provisioning import partner_parent, provision_partner


class Command(BaseCommand):
    help = (
        "Richt een partnerorganisatie in (pagina, groepen, rechten, collectie, werkstroom) of herstelt die."
    )

    def add_arguments(self, parser):
        parser.add_argument("--abbr", required=True, help="Afkorting, bijvoorbeeld VNG")
        parser.add_argument("--name", required=True, help="Volledige naam")
        parser.add_argument("--description", default="", help="Korte beschrijving (nieuwe partner)")
        parser.add_argument("--website", default="", help="Website (nieuwe partner)")
        parser.add_argument(
            "--coordination-check",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="Coördinatiecheck voor nieuw aanbod aan/uit (standaard: aan, of ongewijzigd)",
        )

    def handle(self, *args, abbr, name, description, website, coordination_check, **options):
        if not name.strip():
            raise CommandError("Geef een naam op met --name.")
        # The same rules as the form on the Partners admin page.
        form = AddPartnerForm(
            {"abbreviation": abbr, "name": name, "description": description, "website": website}
        )
        if not form.is_valid():
            raise CommandError(
                " ".join(
                    f"{form.fields[field].label}: {message}"
                    for field, messages in form.errors.items()
                    for message in messages
                )
            )
        data = form.cleaned_data
        catalogue = partner_parent()
        if catalogue is None:
            raise CommandError("Er is nog geen aanbodoverzicht (/aanbod/). Laad eerst de basisinhoud.")
        report = provision_partner(
            catalogue,
            data["abbreviation"],
            data["name"],
            data["description"],
            data["website"],
            coordination_check=coordination_check,
        )
        for change in report.changes:
            self.stdout.write(f"- {change}")
        if report.changes:
            self.stdout.write(
                self.style.SUCCESS(f"{report.partner.title}: {len(report.changes)} wijziging(en).")
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"{report.partner.title}: alles was al in orde."))
