"""A real gunicorn (deploy/gunicorn.conf.py, 2 processes x 4 threads) on a given database and
cache, and a bounded crowd of readers in threads: what the fault-under-load tests need to see
what the public sees while a part fails (test_fault_under_load.py)."""

import threading
import time
from pathlib import Path

import requests

from tests.deploy.frontstack import app_environment, start_gunicorn, stop_process
from tests.ops.conftest import free_port

BOOT_WITHIN = 90  # seconds for gunicorn to boot on a busy machine

READ = [
    "/",
    "/aanbod/",
    "/aanbod/?q=polarisatie",
    "/aanbod/?thema=polarisatie&soort=training",
    "/zoeken/?q=radicalisering",
    "/handboek/",
    "/handboek/zoeken/?q=onrust",
    "/api/v2/offerings/",
    "/api/v2/offerings/?q=training",
]


class AppServer:
    def __init__(self, workdir, database_url, **environment):
        self.workdir = Path(workdir)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = app_environment(self.workdir, database_url, "tests.ops.load_settings")
        self.env.update(GUNICORN_WORKERS="2", GUNICORN_THREADS="4", **environment)
        self.process = None

    def start(self):
        self.process = start_gunicorn(self.workdir, self.port, self.env)
        deadline = time.monotonic() + BOOT_WITHIN
        while time.monotonic() < deadline:
            if self.answers():
                return
            time.sleep(0.2)
        raise AssertionError(f"gunicorn never answered: {self.log()[-2000:]}")

    def answers(self):
        try:
            return requests.get(f"{self.url}/gezondheid/", timeout=5).status_code in (200, 503)
        except requests.RequestException:
            return False

    def health(self):
        return requests.get(f"{self.url}/gezondheid/", timeout=10).json()

    def log(self):
        return (self.workdir / "gunicorn.log").read_text(errors="replace")

    def stop(self):
        stop_process(self.process, timeout=40)
        self.process = None


class Readers:
    """`clients` threads reading READ round-robin until stopped (bounded by `seconds`).
    Every answer is kept as (monotonic time sent, time answered, url, status); a refused or
    broken connection counts as status 0."""

    def __init__(self, server, clients=6, seconds=120):
        self.server, self.clients, self.seconds = server, clients, seconds
        self.answers = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = []

    def __enter__(self):
        for number in range(self.clients):
            thread = threading.Thread(target=self._read, args=(number,), daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)

    def _read(self, number):
        session = requests.Session()
        deadline = time.monotonic() + self.seconds
        turn = number
        while not self._stop.is_set() and time.monotonic() < deadline:
            path = READ[turn % len(READ)]
            turn += 1
            sent = time.monotonic()
            try:
                status = session.get(self.server.url + path, timeout=30, allow_redirects=False).status_code
            except requests.RequestException:
                status = 0
            with self._lock:
                self.answers.append((sent, time.monotonic(), path, status))

    def between(self, start, end):
        with self._lock:
            return [answer for answer in self.answers if start <= answer[0] < end]

    def failures(self):
        with self._lock:
            return [answer for answer in self.answers if answer[3] == 0 or answer[3] >= 500]
