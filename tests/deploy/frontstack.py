"""A real Varnish (deploy/varnish/) in front of a real gunicorn (deploy/gunicorn.conf.py) on a
copy of the test database, the counting from Varnish's log (manage.py count_from_cache_log),
and an editor process on that copy (front_editor.py).

Ports: 8420 (or FRONT_STACK_PORT) + 10 x the xdist worker number (Varnish), +1 (gunicorn);
loopback only. The workers share a file cache (as production shares Redis), so what is
counted once per client and day is counted once whichever worker answers. The
copy is made from the session's test database with the demo content (PostgreSQL: CREATE
DATABASE ... TEMPLATE; SQLite: the backup API), so the stack starts in seconds.
"""

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import requests
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
RUN_SH = ROOT / "deploy" / "varnish" / "run.sh"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
HEALTHY_WITHIN = 60  # seconds for gunicorn to boot and Varnish's probe to see it


def varnish_installed():
    return Path(VARNISHD).exists()


def worker_number():
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return int(worker.removeprefix("gw") or 0)


def copy_test_database(workdir):
    """A database URL of a copy of the current test database (committed demo content)."""
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        copy = f"{settings['NAME']}_front"
        connection.close()
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{settings["NAME"]}"')
        user, host, port = settings["USER"], settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432
        return f"postgres://{user}@{host}:{port}/{copy}", copy
    connection.ensure_connection()
    path = workdir / "front.sqlite3"
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    target.close()
    return f"sqlite:///{path}", None


def drop_copy(copy):
    if copy:
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')


def app_environment(workdir, database_url, settings_module):
    """The environment of a process on `database_url`: this process's, without its engine,
    cache and database, uploads on disk in workdir/media (shared by the stack's processes)."""
    media = workdir / "media"
    media.mkdir(parents=True, exist_ok=True)
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SEARCH_URL", "ELASTICSEARCH_URL", "REDIS_URL", "CACHE_LOCATION", "DATABASE_URL"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE=settings_module,
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media),
        PYTHONPATH=str(ROOT),
    )
    return environment


def start_gunicorn(workdir, port, env):
    """gunicorn as production runs it (deploy/gunicorn.conf.py) on a loopback port, its own
    control socket, its log in workdir/gunicorn.log."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            str(ROOT / "deploy" / "gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{port}",
            "--control-socket",
            str(workdir / "gunicorn.ctl"),
        ],  # fmt: skip
        cwd=ROOT,
        env=env,
        stdout=open(workdir / "gunicorn.log", "ab"),  # noqa: SIM115
        stderr=subprocess.STDOUT,
    )


def stop_process(process, timeout):
    """SIGTERM to a process this module started, then SIGKILL when it has not ended within
    `timeout` seconds (gunicorn finishes the requests it has; a reader its line)."""
    if process is not None and process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until(condition, seconds, message):
    """Return once `condition()` holds; fail with `message` after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(message)


class Stack:
    def __init__(self, workdir, database_url):
        self.workdir = Path(workdir)
        base = int(os.environ.get("FRONT_STACK_PORT", "8420")) + 10 * worker_number()
        self.varnish_port, self.app_port = base, base + 1
        self.url = f"http://127.0.0.1:{self.varnish_port}"
        self.varnish_dir = self.workdir / "varnish"
        self.env = app_environment(self.workdir, database_url, "tests.deploy.front_settings")
        self.env.update(
            CACHE_LOCATION=str(self.workdir / "cache"),
            VARNISH_URLS=self.url,
            TRUSTED_PROXIES="127.0.0.1",
            GUNICORN_WORKERS="2",
            GUNICORN_THREADS="4",
        )
        self.app = None
        self.editor = None
        self.counter = None

    # Varnish -------------------------------------------------------------------------------
    def start_varnish(self):
        subprocess.run(
            ["bash", str(RUN_SH), "start", str(self.varnish_port), str(self.app_port), str(self.varnish_dir)],
            check=True,
            capture_output=True,
        )

    def varnishadm(self, *args):
        result = subprocess.run(
            ["varnishadm", "-n", str(self.varnish_dir / "varnish"), *args], capture_output=True, text=True
        )
        return result.stdout

    def backend_requests(self):
        """How many requests Varnish has sent to gunicorn since it started."""
        result = subprocess.run(
            ["varnishstat", "-n", str(self.varnish_dir / "varnish"), "-1", "-f", "MAIN.backend_req"],
            capture_output=True,
            text=True,
            check=True,
        )
        return int(result.stdout.split()[1])

    def backend_healthy(self):
        """Whether the probed backend (gunicorn, backend.vcl) counts as healthy."""
        lines = self.varnishadm("backend.list").splitlines()
        probed = [line for line in lines if line.split()[:1] and line.split()[0].endswith(".gunicorn")]
        return any(" healthy " in line for line in probed)

    # gunicorn ------------------------------------------------------------------------------
    def start_app(self):
        self.app = start_gunicorn(self.workdir, self.app_port, self.env)
        self.wait_until(self.app_answers, HEALTHY_WITHIN, "gunicorn never answered /gezondheid/")
        # Varnish's probe may have seen the boot fail: wait until it counts healthy again.
        self.wait_until(self.backend_healthy, HEALTHY_WITHIN, "Varnish never saw gunicorn healthy")

    def app_answers(self):
        try:
            return requests.get(f"http://127.0.0.1:{self.app_port}/gezondheid/", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    def stop_app(self):
        stop_process(self.app, timeout=40)
        self.app = None

    def app_has_unread_requests(self):
        """Whether a connection to gunicorn waits to be accepted or read (its sockets'
        receive queues, from the kernel: `ss`)."""
        sockets = subprocess.run(
            ["ss", "-Htna", f"sport = :{self.app_port}"], capture_output=True, text=True, check=True
        ).stdout
        return any(int(line.split()[1]) > 0 for line in sockets.splitlines() if line.strip())

    @contextlib.contextmanager
    def app_paused(self):
        """gunicorn's master and workers stopped (SIGSTOP) and continued when the block ends:
        what Varnish sends meanwhile waits, as it would for a busy application."""
        pid = self.app.pid
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids = [pid, *map(int, children)]
        for each in pids:
            os.kill(each, signal.SIGSTOP)
        try:
            yield
        finally:
            for each in pids:
                os.kill(each, signal.SIGCONT)

    # counting from Varnish's log -----------------------------------------------------------
    def start_counter(self):
        self.counter = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "count_from_cache_log",
                "--name",
                str(self.varnish_dir / "varnish"),
            ],  # fmt: skip
            cwd=ROOT,
            env=self.env,
            stdout=open(self.workdir / "counter.log", "ab"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )

    def stop_counter(self):
        stop_process(self.counter, timeout=30)
        self.counter = None

    # the editor ----------------------------------------------------------------------------
    def start_editor(self):
        self.editor = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("front_editor.py"))],
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=open(self.workdir / "editor.log", "ab"),  # noqa: SIM115
            text=True,
        )
        assert json.loads(self.editor.stdout.readline()) == {"ready": True}

    def edit(self, **command):
        self.editor.stdin.write(json.dumps(command) + "\n")
        self.editor.stdin.flush()
        answer = json.loads(self.editor.stdout.readline())
        assert answer.pop("ok"), answer.get("error")
        return answer

    # ---------------------------------------------------------------------------------------
    def start(self):
        self.start_varnish()
        self.start_counter()
        self.start_editor()
        self.start_app()

    def stop(self):
        """Everything this stack started, each part even when another fails to stop."""
        try:
            self.stop_counter()
            if self.editor is not None:
                self.editor.stdin.close()
                try:
                    self.editor.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    self.editor.kill()
        finally:
            try:
                self.stop_app()
            finally:
                subprocess.run(["bash", str(RUN_SH), "stop", str(self.varnish_dir)], check=False)

    def get(self, path, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        return requests.get(self.url + path, timeout=30, **kwargs)

    wait_until = staticmethod(wait_until)
