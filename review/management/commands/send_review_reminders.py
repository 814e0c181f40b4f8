import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from review.reminders import due_reminders, send_reminder


class Command(BaseCommand):
    help = "E-mail partner editors about open review items before the deadline and when overdue (for cron)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Print what would be sent; send nothing.")
        parser.add_argument("--today", help="Pretend today is this date (YYYY-MM-DD), for checks and tests.")

    def handle(self, *args, dry_run=False, today=None, **options):
        if today:
            try:
                today = datetime.date.fromisoformat(today)
            except ValueError:
                raise CommandError(f"--today must be a date like 2026-03-31, not {today!r}.")
        else:
            today = timezone.localdate()
        reminders = due_reminders(today)
        if not reminders:
            self.stdout.write("No reminders due (no open rounds, or everything already sent).")
            return
        sent = 0
        for reminder in reminders:
            label = (
                f"{reminder.review_round.name} / {reminder.partner.abbreviation} [{reminder.key}]: "
                f"{len(reminder.open_items)} open item(s) -> "
                f"{', '.join(reminder.recipients) or '(no recipients)'}"
            )
            if dry_run:
                self.stdout.write(f"[dry-run] {label}")
                self.stdout.write(f"  Subject: {reminder.subject()}")
                continue
            if not reminder.recipients:
                self.stderr.write(f"Skipped, no recipients with an e-mail address: {label}")
            elif send_reminder(reminder, today):
                sent += 1
                self.stdout.write(f"Sent: {label}")
        if not dry_run:
            self.stdout.write(f"{sent} reminder(s) sent.")
