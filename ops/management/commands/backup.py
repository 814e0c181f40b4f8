from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from ops.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Schrijft één gedateerd archief met de database (draagbaar tussen SQLite en PostgreSQL), "
        "de mediabestanden en een manifest met controlegetallen (docs/deploy.md, 'Back-ups')."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(getattr(settings, "BACKUP_DIR", "backups")),
            help="map voor het archief (standaard BACKUP_DIR)",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, output, database, **options):
        try:
            archive = create_backup(output, default_storage, using=database)
        except BackupError as error:
            raise CommandError(str(error))
        self.stdout.write(str(archive))
