"""Create the engine's index with its mapping when it is missing; report (and with --repair
rebuild) one that is wrongly mapped. Run before the site serves (make serve, docs/deploy.md):
the first write must never let the engine guess the field types (search/indexcheck.py)."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from search import engines, indexcheck
from search.engines.distributed import ENGINE_ERRORS


class Command(BaseCommand):
    help = "Maak de zoekindex met mapping aan als die ontbreekt; meld (of herstel) een verkeerde mapping."

    def add_arguments(self, parser):
        parser.add_argument("--repair", action="store_true", help="Verkeerde mapping: opnieuw opbouwen.")

    def handle(self, *args, repair=False, **options):
        if not settings.SEARCH_URL:
            self.stdout.write("Geen zoekmachine ingesteld (SEARCH_URL): niets te doen.")
            return
        backend = engines.distributed_backend()
        try:
            wrong = []
            for name, (index, models) in indexcheck.indexes_of(backend).items():
                if not index.exists():
                    indexcheck.create(backend, index, models)
                    self.stdout.write(f"Index {name} aangemaakt met mapping; wordt gevuld.")
                    call_command("update_index", backend_name="default", verbosity=0)
                    continue
                problems = indexcheck.mapping_problems(backend, index, models)
                if problems:
                    wrong.append((name, problems))
                else:
                    self.stdout.write(f"Index {name}: mapping klopt.")
        except ENGINE_ERRORS as error:
            raise CommandError(f"De zoekmachine op {settings.SEARCH_URL} antwoordt niet: {error}") from error
        if not wrong:
            return
        for name, problems in wrong:
            self.stderr.write(f"Index {name} heeft een verkeerde mapping: " + "; ".join(problems[:10]))
        if not repair:
            raise CommandError("Verkeerde mapping: herstel met `manage.py ensure_search_index --repair`.")
        call_command("update_index", backend_name="default", verbosity=0)
        self.stdout.write("Index opnieuw opgebouwd (update_index).")
