"""Count views and searches per visitor from Varnish's log (frontcache/cachelog.py).

Runs beside gunicorn wherever Varnish runs (deploy/stabiliteit-teller.service, make serve):
    manage.py count_from_cache_log [--name VARNISH_WORKDIR]
It starts varnishncsa and replays each delivery it prints; it ends when varnishncsa ends
(Varnish restarted, or never started), so its service manager starts both again. Stopped
(SIGTERM, SIGINT), it stops its varnishncsa too.
"""

import shutil
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, close_old_connections

from frontcache import cachelog


class Command(BaseCommand):
    help = "Telt bezoeken en zoekvragen per bezoeker uit het log van Varnish (de cache voor de site)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--name",
            help="Werkmap van varnishd (-n): een absoluut pad, of een naam onder /var/lib/varnish; "
            "standaard die van Debian.",
        )
        parser.add_argument("--varnishncsa", default=shutil.which("varnishncsa") or "/usr/bin/varnishncsa")

    def handle(self, *args, name=None, varnishncsa=None, **options):
        command = cachelog.varnishncsa_command(varnishncsa, name)
        # Stopped by a signal: end through the `finally` below, which stops varnishncsa too
        # (Python's default for SIGTERM ends the process at once and leaves it running).
        # Set before varnishncsa starts: a stop that comes while it starts must reach it too.
        signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
        try:
            # Varnish's own log reader, its path from the operator (or PATH), fixed arguments.
            reader = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, encoding="utf-8")  # noqa: S603
        except OSError as error:
            raise CommandError(f"varnishncsa start niet ({error}): apt-get install varnish") from error
        try:
            if options["verbosity"]:
                self.stdout.write(f"Telt uit het log van Varnish: {' '.join(command)}")
            if not settings.TRUSTED_PROXIES:
                # The address Varnish saw is nginx's (or its own): every visitor would be one.
                self.stderr.write(
                    "Let op: TRUSTED_PROXIES is leeg, dus X-Forwarded-For wordt niet geloofd en alle "
                    "bezoekers tellen als één adres. Zet dezelfde TRUSTED_PROXIES als voor gunicorn."
                )
            for line in reader.stdout:
                self.replay(line)
        finally:
            reader.terminate()
            reader.wait(timeout=10)
        raise CommandError(f"varnishncsa stopte (code {reader.returncode}); opnieuw starten")

    def replay(self, line):
        # A long-running process: drop a connection the database closed (a restart) the way
        # each request does, and keep reading when one count fails.
        close_old_connections()
        try:
            cachelog.replay(line)
        except DatabaseError as error:
            self.stderr.write(f"Niet geteld (database): {error}")
