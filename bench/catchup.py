"""How long the search index takes to catch up N changes after the engine returns
(docs/deploy.md, "When a part fails"; issue 21 asks for a few hundred within 60 s).

The changes are what a publish enqueues (search/indexqueue.py): one `sync_document` task per
offering, cycling over the live offerings, so the content is not changed. With --engine-pid
the engine is hung (SIGSTOP) while they are queued and a worker runs, as in an outage, and
resumed (SIGCONT) when the clock starts; without it the changes wait in the queue with no
worker running and the workers start when the clock starts. The clock stops when the queue
holds no index task any more (a task that succeeded is removed) and the engine has them all.

    make search-engine                                  # or any OpenSearch on loopback
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/stabiliteit SEARCH_URL=http://127.0.0.1:9200 \\
      .venv/bin/python bench/catchup.py --changes 300 --workers 1 [--engine-pid PID]

Uses its own index prefix (bench_catchup_), created and filled first and deleted afterwards.
Loopback only; at most 5,000 changes and 4 workers; gives up after 10 minutes. Prints the
number of changes, the time to catch up, changes per second and the workers' CPU seconds.
"""

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
PREFIX = "bench_catchup_"
GIVE_UP_SECONDS = 600


def cpu_seconds(pid):
    """User + system CPU seconds of a live process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--engine-pid", type=int, help="hang this engine (SIGSTOP) while the changes are queued"
    )
    args = parser.parse_args()
    changes, worker_count = min(args.changes, 5000), max(1, min(args.workers, 4))
    search_url = os.environ.get("SEARCH_URL", "")
    if not search_url or any(
        urlsplit(u).hostname not in ("127.0.0.1", "localhost") for u in search_url.split(",")
    ):
        raise SystemExit("SEARCH_URL must name an engine on loopback")
    os.environ["SEARCH_INDEX_PREFIX"] = PREFIX
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stabiliteit.settings.base")
    os.environ.setdefault("SECRET_KEY", "bench-only-insecure-key")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import transaction
    from django_tasks_db.models import DBTaskResult
    from wagtail.search.backends import get_search_backend

    from offerings.models import OfferingPage
    from search import indexqueue

    if not indexqueue.uses_database_queue():
        raise SystemExit("TASKS must be django-tasks-db's DatabaseBackend (stabiliteit.settings.base)")
    call_command("ensure_search_index", verbosity=0)
    pending = DBTaskResult.objects.filter(task_path__in=indexqueue.INDEX_TASKS)
    if pending.exists():
        raise SystemExit("the queue already holds index tasks: let the worker finish first")
    offerings = list(OfferingPage.objects.live().specific().order_by("pk"))
    if not offerings:
        raise SystemExit("no live offerings (load the demo content)")

    worker_command = [
        sys.executable,
        "manage.py",
        "db_worker",
        "--no-reload",
        "--interval",
        "0.2",
        "--verbosity",
        "0",
    ]
    workers = []

    def start_workers():
        workers.extend(subprocess.Popen(worker_command, cwd=ROOT) for _ in range(worker_count))

    try:
        if args.engine_pid:
            os.kill(args.engine_pid, signal.SIGSTOP)
            start_workers()
        with transaction.atomic():
            for number in range(changes):
                indexqueue.enqueue(offerings[number % len(offerings)])
        if args.engine_pid:
            time.sleep(indexqueue.RETRY_SECONDS + 2)  # the workers have tried and wait to retry
            waiting = pending.count()
            started = time.monotonic()
            os.kill(args.engine_pid, signal.SIGCONT)
        else:
            waiting = pending.count()
            started = time.monotonic()
            start_workers()
        while pending.exists():
            if time.monotonic() - started > GIVE_UP_SECONDS:
                raise SystemExit(f"not caught up after {GIVE_UP_SECONDS} s: {pending.count()} changes wait")
            time.sleep(0.1)
        took = time.monotonic() - started
        cpu = sum(cpu_seconds(worker.pid) for worker in workers)
        failed = DBTaskResult.objects.filter(task_path__in=indexqueue.INDEX_TASKS, status="FAILED").count()
        mode = "engine hung, then resumed" if args.engine_pid else "queued, then workers started"
        print(f"{mode}: {waiting} changes, {worker_count} worker(s)")
        print(f"caught up in {took:.1f} s ({waiting / took:.1f} changes/s), workers' CPU {cpu:.1f} s")
        print(f"failed tasks: {failed}")
    finally:
        if args.engine_pid:
            os.kill(args.engine_pid, signal.SIGCONT)
        for worker in workers:
            worker.terminate()
            worker.wait(timeout=30)
        DBTaskResult.objects.filter(task_path__in=indexqueue.INDEX_TASKS, status="FAILED").delete()
        get_search_backend("default").es.indices.delete(index=f"{PREFIX}*")


if __name__ == "__main__":
    main()
