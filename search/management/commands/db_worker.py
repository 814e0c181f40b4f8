"""`manage.py db_worker`: django-tasks-db's worker, which first puts back index tasks that a
killed worker left RUNNING (search/indexqueue.py, requeue_lost) and names itself by host and
process so that the next worker on the host can tell. While it runs, it looks again before a
task at most every LOST_CHECK_SECONDS (indexqueue's task_started receiver).

It replaces the library's command of the same name (the search app comes before
django_tasks_db in INSTALLED_APPS), so `make serve` and deploy/stabiliteit-worker.service
start it unchanged; every option is the library's.
"""

from django_tasks_db.management.commands import db_worker

from search import indexqueue


class Command(db_worker.Command):
    help = f"{db_worker.Command.help}; first puts back index tasks a killed worker left running"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(worker_id=indexqueue.worker_id())

    def handle(self, *args, **options):
        indexqueue.requeue_lost()
        super().handle(*args, **options)
