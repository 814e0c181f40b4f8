import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from review.overdue import send_overdue_reminders


class Command(BaseCommand):
    help = "E-mail owners, then eindredactie, then Coördinatie about offerings past their review date (cron)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Print what would be sent; send nothing.")
        parser.add_argument("--today", help="Pretend today is this date (YYYY-MM-DD), for checks and tests.")

    def handle(self, *args, dry_run=False, today=None, **options):
        try:
            today = datetime.date.fromisoformat(today) if today else timezone.localdate()
        except ValueError:
            raise CommandError(f"--today must be a date like 2026-03-31, not {today!r}.")
        report = send_overdue_reminders(today, dry_run=dry_run)
        if not report:
            self.stdout.write("No overdue reminders due.")
        for level, recipients, count in report:
            prefix = "[dry-run] " if dry_run else ""
            self.stdout.write(f"{prefix}{level}: {count} offering(s) -> {', '.join(recipients)}")
