"""Check the links of all live pages (cron, e.g. nightly).

python manage.py check_links [--workers 4] [--per-host 2] [--timeout 10]
                             [--due-hours 20] [--limit N]
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils import timezone

from linkcheck.checker import MAX_PER_HOST, MAX_WORKERS, check_urls
from linkcheck.models import Link
from linkcheck.record import record
from linkcheck.sync import sync_live_pages


class Command(BaseCommand):
    help = "Controleer de links van alle gepubliceerde pagina's en bewaar status en geschiedenis."

    def add_arguments(self, parser):
        parser.add_argument(
            "--workers", type=int, default=4, help=f"gelijktijdige verzoeken (1-{MAX_WORKERS})"
        )
        parser.add_argument(
            "--per-host",
            type=float,
            default=2.0,
            help=f"verzoeken per host per seconde (max {MAX_PER_HOST:g})",
        )
        parser.add_argument("--timeout", type=float, default=10.0, help="seconden per verzoek (1-60)")
        parser.add_argument(
            "--due-hours",
            type=float,
            default=20.0,
            help="sla links over die korter geleden zijn gecontroleerd",
        )
        parser.add_argument("--limit", type=int, default=None, help="hoogstens zoveel links per run")

    def handle(self, *args, workers, per_host, timeout, due_hours, limit, **options):
        if not 1 <= workers <= MAX_WORKERS:
            raise CommandError(f"--workers moet tussen 1 en {MAX_WORKERS} liggen.")
        if not 0 < per_host <= MAX_PER_HOST:
            raise CommandError(f"--per-host moet groter dan 0 en hoogstens {MAX_PER_HOST:g} zijn.")
        if not 1 <= timeout <= 60:
            raise CommandError("--timeout moet tussen 1 en 60 seconden liggen.")
        if limit is not None and limit < 1:
            raise CommandError("--limit moet minstens 1 zijn.")

        found = sync_live_pages()
        due = timezone.now() - datetime.timedelta(hours=due_hours)
        links = Link.objects.filter(Q(checked_at__isnull=True) | Q(checked_at__lt=due)).order_by(
            "checked_at", "pk"
        )
        urls = list(
            links.values_list("url", flat=True)[:limit] if limit else links.values_list("url", flat=True)
        )
        results = check_urls(
            urls,
            workers=workers,
            per_host=per_host,
            timeout=timeout,
            allow_private=settings.LINKCHECK_ALLOW_PRIVATE_ADDRESSES,
        )
        record(results)
        broken = sum(1 for result in results if not result.ok)
        self.stdout.write(
            f"{found} link(s) op gepubliceerde pagina's; {len(results)} gecontroleerd, {broken} kapot."
        )
