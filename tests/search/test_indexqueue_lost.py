"""search/indexqueue.py, requeue_lost: which RUNNING index tasks count as lost (their worker
died mid-task) and go back in the queue, and which are left to the worker running them.
The real kill is tested in tests/ops/test_fault_index_worker.py."""

import datetime
import os
import subprocess
import sys

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from search import indexqueue

pytestmark = pytest.mark.django_db


def running(worker_id, started_seconds_ago, task_path=indexqueue.sync_document.module_path):
    now = timezone.now()
    return DBTaskResult.objects.create(
        status="RUNNING",
        args_kwargs={"args": ["offerings", "publicationpage", "1"], "kwargs": {}},
        task_path=task_path,
        backend_name="default",
        run_after=now,
        started_at=now - datetime.timedelta(seconds=started_seconds_ago),
        worker_ids=[worker_id],
    )


def dead_pid():
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_only_index_tasks_whose_worker_is_gone_or_overdue_go_back():
    host = indexqueue.worker_id().rpartition(":")[0]
    gone_here = running(f"{host}:{dead_pid()}", 2)
    alive_here = running(f"{host}:{os.getppid()}", 2)
    other_host_recent = running("elsewhere:123", 2)
    other_host_overdue = running("elsewhere:123", indexqueue.LOST_AFTER_SECONDS + 5)
    not_an_index_task = running(f"{host}:{dead_pid()}", 9999, task_path="imports.tasks.run_import")

    assert indexqueue.requeue_lost() == 2

    states = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert states == {
        gone_here.pk: "READY",
        alive_here.pk: "RUNNING",
        other_host_recent.pk: "RUNNING",
        other_host_overdue.pk: "READY",
        not_an_index_task.pk: "RUNNING",  # may not be safe to run twice
    }
    assert DBTaskResult.objects.get(pk=gone_here.pk).run_after <= timezone.now()
