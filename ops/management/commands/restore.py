from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from ops.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Vult een lege installatie uit een archief van `manage.py backup`: controleert het "
        "manifest, migreert, laadt database en mediabestanden en bouwt de zoekindex opnieuw op."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, archive, database, **options):
        call_command("migrate", database=database, interactive=False, verbosity=0)
        try:
            manifest = restore_backup(archive, default_storage, using=database)
        except BackupError as error:
            raise CommandError(str(error))
        if database == DEFAULT_DB_ALIAS:
            # The search index is not in the archive: rebuild it (database or search engine).
            call_command("update_index", verbosity=0)
        else:
            self.stdout.write(f"Zoekindex niet herbouwd voor '{database}': voer update_index uit.")
        total = sum(manifest["counts"].values())
        self.stdout.write(f"Hersteld: {total} rijen en {len(manifest['files']) - 1} bestanden uit {archive}.")
