"""Issue 21: a task worker killed in the middle of an index task (SIGKILL while the engine
hangs) must not lose the change. django-tasks-db 0.12 leaves such a row RUNNING for ever;
the next `manage.py db_worker` on the host puts it back (search/indexqueue.py, requeue_lost)
and the engine gets the change, with no command run.

Real parts: a private OpenSearch node hung with SIGSTOP, `manage.py db_worker` processes
killed with SIGKILL, and a scratch database of their own (the workers cannot see the test's
transaction), the upgraded database of tests/ops/conftest.py.
"""

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.ops.conftest import ROOT, scratch_env

pytestmark = pytest.mark.engine_down
TITLE = "Herstelproef na een gedode verwerker"
TASK_STATES = "SELECT status FROM django_tasks_database_dbtaskresult"


def manage(env, *args, timeout=120):
    command = [sys.executable, "manage.py", *args]
    process = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    assert process.returncode == 0, process.stderr[-3000:]
    return process.stdout


def start_worker(env):
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_for(check, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return time.monotonic()
        time.sleep(0.2)
    pytest.fail(f"not within {seconds} s: {what}")


def call(url, method="GET", timeout=30):
    urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=timeout)


def engine_titles(engine, prefix):
    """Titles of the publications in the engine's index (its own answer)."""
    call(f"{engine.url}/{prefix}*/_refresh", "POST")
    query = json.dumps({"size": 100, "query": {"match_all": {}}}).encode()
    request = urllib.request.Request(
        f"{engine.url}/{prefix}*/_search", data=query, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        hits = json.load(response)["hits"]["hits"]
    return {value for hit in hits for key, value in hit["_source"].items() if key.endswith("title")}


def test_a_worker_killed_mid_task_loses_no_index_change(private_engine, upgraded_database):
    database = upgraded_database["database"]
    prefix = f"killed{int(time.time())}_"
    env = scratch_env(
        database,
        "stabiliteit.settings.base",
        SECRET_KEY="test-only-insecure-key",
        SEARCH_URL=private_engine.url,
        SEARCH_INDEX_PREFIX=prefix,
        SEARCH_TIMEOUT="60",  # the killed worker is still waiting for the hung engine
    )
    manage(env, "ensure_search_index", "--verbosity", "0")
    ((pk, old_title),) = database.query(
        "SELECT p.id, p.title FROM wagtailcore_page p"
        " JOIN offerings_publicationpage o ON o.offeringpage_ptr_id = p.id"
        " WHERE p.slug = 'publicatie-rapport'"
    )
    assert old_title in engine_titles(private_engine, prefix)
    workers = []
    try:
        private_engine.hang()
        # An editor's change: the page row and its index task, committed together.
        manage(
            env,
            "shell",
            "-c",
            "from offerings.models import PublicationPage; from search import indexqueue;"
            f"PublicationPage.objects.filter(pk={pk}).update(title={TITLE!r});"
            f"indexqueue.enqueue(PublicationPage.objects.get(pk={pk}))",
        )
        workers.append(start_worker(env))

        def running():
            return database.query(TASK_STATES) == [("RUNNING",)]

        wait_for(running, 90, "the worker takes the task")
        time.sleep(1)  # it is waiting for the hung engine
        workers[0].send_signal(signal.SIGKILL)
        workers[0].wait(timeout=10)
        assert running()  # what django-tasks-db leaves behind
        private_engine.resume()

        # The next worker (systemd restarts it) puts the task back and runs it: no command.
        restarted = time.monotonic()
        workers.append(start_worker(env))
        wait_for(lambda: not database.query(TASK_STATES), 90, "the lost task is run")
        assert TITLE in engine_titles(private_engine, prefix)
        assert old_title not in engine_titles(private_engine, prefix)
        took = time.monotonic() - restarted
        print(f"\nthe killed worker's change was in the engine {took:.1f} s after the restart")
    finally:
        private_engine.resume()
        for worker in workers:
            if worker.poll() is None:
                os.kill(worker.pid, signal.SIGKILL)
                worker.wait(timeout=10)
        call(f"{private_engine.url}/{prefix}*", "DELETE")
