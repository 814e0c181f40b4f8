from django.core.management.base import BaseCommand

from handbook.provisioning import provision_handbook_editors


class Command(BaseCommand):
    help = "Richt de handboekredactie in (groepen, rechten, werkstroom); herstelt wat ontbreekt."

    def handle(self, *args, **options):
        changes = provision_handbook_editors()
        for change in changes:
            self.stdout.write(f"- {change}")
        self.stdout.write(
            f"Handboek: {len(changes)} wijziging(en)." if changes else "Handboek: alles was al in orde."
        )
