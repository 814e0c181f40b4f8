"""Durable writes to the distributed engine's index: a queue in the database, a worker, retries.

Why a queue: an index write to the engine that fails (engine down, hanging, refusing) used
to be logged and dropped, so after an outage the engine served a stale index until someone
ran `update_index`. Now the engine backend (search/backends/engine.py) does not write when
a page or document changes: it enqueues `sync_document` through django-tasks. In
production TASKS uses django-tasks-db's DatabaseBackend (stabiliteit/settings/base.py), so
the task is a row written in the same transaction as the change: a rolled-back change
leaves no task, a committed one always has its task. `manage.py db_worker` (started by
`make serve` and deploy/stabiliteit-worker.service) runs the tasks; a task that finds the
engine unavailable is put back in the queue (`_retry_later`) and tried again after
RETRY_SECONDS, until the engine has the change. Dev and test settings run tasks at once
(ImmediateBackend), as before.

Why django-tasks' database backend and not Celery/RQ: Wagtail already routes its background
work through django-tasks (modelsearch enqueues its index task there); the database
backend needs no new service (Redis is not to become a single point of failure again,
issue 21) and it is the only choice that commits the task with the change.

A task does not carry the change, only which object: it makes the engine's document match
the database as it is when the task runs (indexed, or deleted when the object is gone or
no longer indexed), so tasks may run in any order and any number of times.
"""

import datetime
import logging
import os
import socket
import time

from django.apps import apps
from django.conf import settings
from django.db.models import Count, Min
from django.utils import timezone
from django_tasks import task, task_backends
from django_tasks.signals import task_finished, task_started
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from modelsearch.index import get_indexed_instance
from modelsearch.tasks import insert_or_update_object_task
from wagtail.search.backends import get_search_backend

from search import indexcheck
from search.engines.distributed import ENGINE_ERRORS

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5  # a task that found the engine unavailable waits this long
# An index task still RUNNING this long after it started lost its worker (killed, machine
# gone): one takes at most the engine's timeout (SEARCH_TIMEOUT, 5 s) per write, and a
# missing index's creation; it is put back in the queue (requeue_lost).
LOST_AFTER_SECONDS = 120
LOST_CHECK_SECONDS = 30  # a running worker looks for lost tasks at most this often
_lost_checked = [0.0]  # time.monotonic() of this worker's last look
_engine_down_until = [0.0]  # time.monotonic(): this worker does not ask the engine before then
_checked_indexes = set()  # index names whose mapping this process has checked


class EngineBehind(Exception):
    """The engine did not take the write; the task is tried again later."""


def enqueue(obj):
    """Queue the engine write for `obj` (called by the engine backend's add and delete)."""
    sync_document.enqueue(obj._meta.app_label, obj._meta.model_name, str(obj.pk))


@task()
def sync_document(app_label, model_name, pk):
    """Make the engine's document for (model, pk) match the database."""
    backend = get_search_backend("default")
    if not hasattr(backend, "es"):
        return "no engine"
    if time.monotonic() < _engine_down_until[0] and uses_database_queue():
        raise EngineBehind("the engine failed a moment ago in this worker")
    model = apps.get_model(app_label, model_name)
    instance = model._default_manager.filter(pk=pk).first()
    indexed = get_indexed_instance(instance) if instance is not None else None
    try:
        if indexed is not None:
            index = backend.get_index_for_object(indexed)
            ensure_index(backend, index, type(indexed))
            index.add_item(indexed)
            return "indexed"
        gone = model(pk=pk)
        backend.get_index_for_object(gone).delete_item(gone)
        return "deleted"
    except ENGINE_ERRORS as error:
        _engine_down_until[0] = time.monotonic() + RETRY_SECONDS
        raise EngineBehind(f"{type(error).__name__}: {error}") from error


def ensure_index(backend, index, model):
    """Create the index with its settings and mapping when it is missing, so a first write
    never lets the engine guess the field types (once per process and index). A missing
    index gets its mapping here (its documents come back through this queue, or all at once
    with `manage.py ensure_search_index`); a wrongly mapped one is reported by
    `ensure_search_index` and /gezondheid/ and rebuilt by `ensure_search_index --repair`."""
    if index.name in _checked_indexes:
        return
    if not index.exists():
        logger.warning("Search index %s is missing: creating it with its mapping.", index.name)
        indexcheck.create(backend, index, indexcheck.indexes_of(backend)[index.name][1])
    _checked_indexes.add(index.name)


def forget_checked_indexes():
    _checked_indexes.clear()
    _engine_down_until[0] = 0.0


def uses_database_queue():
    return isinstance(task_backends["default"], DatabaseBackend)


_said_behind = [0.0]  # time.monotonic() of the last "engine behind" log line


def _retry_later(sender, task_result, **kwargs):
    """A sync_document that failed because the engine is behind goes back into the queue
    (the same row: its enqueued_at keeps the age of the change); one that succeeded is
    removed, so the table holds only what the engine still lacks."""
    if task_result.task.module_path != sync_document.module_path:
        return
    db_result = getattr(task_result, "db_result", None)
    if db_result is None:  # tasks run at once (dev, test): no queue to retry from
        if task_result.status == "FAILED":
            logger.warning(
                "Search engine did not take an index change (%s); tasks run at once here, so "
                "run `manage.py update_index` once the engine is back.",
                task_result.args,
            )
        return
    rows = DBTaskResult.objects.filter(pk=db_result.pk)
    if task_result.status == "SUCCESSFUL":
        rows.delete()
        return
    error = task_result.errors[-1].exception_class_path if task_result.errors else ""
    if error.endswith("EngineBehind"):
        if time.monotonic() - _said_behind[0] >= 60:
            _said_behind[0] = time.monotonic()
            logger.warning("Search engine unavailable: index changes wait (retry every %s s).", RETRY_SECONDS)
        rows.update(
            status="READY",
            run_after=timezone.now() + datetime.timedelta(seconds=RETRY_SECONDS),
            finished_at=None,
            exception_class_path="",
            traceback="",
        )
    else:
        logger.error("Index task %s failed: %s", db_result.pk, error)


INDEX_TASKS = (sync_document.module_path, insert_or_update_object_task.module_path)


def worker_id():
    """This worker's id in DBTaskResult.worker_ids: host and process, so that a worker
    starting on the same host can tell that the one before it is gone."""
    return f"{socket.gethostname()[:50]}:{os.getpid()}"


def requeue_lost():
    """Put index tasks whose worker died in the middle back in the queue; returns how many.

    django-tasks-db 0.12 has no heartbeat: a worker killed while running a task (SIGKILL, out
    of memory, power) leaves its row RUNNING for ever and the change never reaches the engine.
    A row is lost when the worker that claimed it ran on this host and its process is gone
    (known at once), or when it started more than LOST_AFTER_SECONDS ago (a worker on another
    host cannot be asked). Running an index task twice is harmless: it makes the engine's
    document match the database as it is then. Only index tasks: others may not be idempotent.
    """
    cutoff = timezone.now() - datetime.timedelta(seconds=LOST_AFTER_SECONDS)
    running = DBTaskResult.objects.filter(task_path__in=INDEX_TASKS, status="RUNNING")
    lost = [
        pk
        for pk, started_at, worker_ids in running.values_list("pk", "started_at", "worker_ids")
        if started_at is None or started_at < cutoff or _gone_from_this_host(worker_ids)
    ]
    if not lost:
        return 0
    count = DBTaskResult.objects.filter(pk__in=lost, status="RUNNING").update(
        status="READY", run_after=timezone.now(), started_at=None
    )
    logger.warning("%s index task(s) lost their worker mid-task: put back in the queue.", count)
    return count


def _gone_from_this_host(worker_ids):
    host, _, pid = (worker_ids[-1] if worker_ids else "").rpartition(":")
    if host != socket.gethostname()[:50] or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, another user's
        return False
    return False


def _requeue_lost_now_and_then(sender, task_result, **kwargs):
    """In a worker, before a task: look for lost index tasks at most every LOST_CHECK_SECONDS."""
    if getattr(task_result, "db_result", None) is None:
        return
    if time.monotonic() - _lost_checked[0] >= LOST_CHECK_SECONDS:
        _lost_checked[0] = time.monotonic()
        requeue_lost()


def connect():
    """Called by SearchConfig.ready(): every process (the worker too) retries this way."""
    task_finished.connect(_retry_later, dispatch_uid="search.indexqueue.retry")
    task_started.connect(_requeue_lost_now_and_then, dispatch_uid="search.indexqueue.lost")


def backlog():
    """(number of index changes the engine does not have yet, age in seconds of the oldest)
    when the database queue is used; (0, 0) otherwise. Counts modelsearch's own index task
    too: a change waits in it first (it updates the database's index, then enqueues ours)."""
    if not getattr(settings, "SEARCH_URL", "") or not uses_database_queue():
        return 0, 0.0
    rows = DBTaskResult.objects.filter(task_path__in=INDEX_TASKS, status__in=("READY", "RUNNING")).aggregate(
        n=Count("pk"), oldest=Min("enqueued_at")
    )
    if not rows["n"]:
        return 0, 0.0
    return rows["n"], max(0.0, (timezone.now() - rows["oldest"]).total_seconds())
