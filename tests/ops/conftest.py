import contextlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")


def required(service):
    """CI (CI=true) and REQUIRE_<SERVICE>=1 turn a missing service into a failure."""
    return os.environ.get("CI") == "true" or os.environ.get(f"REQUIRE_{service}") == "1"


@pytest.fixture
def redis_location():
    """A reachable Redis for tests; fails in CI when there is none (.ci/redis.sh starts it)."""
    import redis

    try:
        redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        message = f"Redis at {REDIS_TEST_URL} is not reachable ({error}); start it with `make redis`"
        if required("REDIS"):
            pytest.fail(message)
        pytest.skip(message)
    return REDIS_TEST_URL


@pytest.fixture
def redis_prefix():
    """A key prefix of this test alone (the Redis server may be shared)."""
    return f"test-{uuid.uuid4().hex}"


def free_port():
    """A free loopback port; from TEST_PORT_RANGE ("21000-21099") when set, so that people
    sharing a machine keep to their own ports."""
    first, _, last = os.environ.get("TEST_PORT_RANGE", "").partition("-")
    candidates = range(int(first), int(last) + 1) if first and last else [0]
    for port in candidates:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            port = probe.getsockname()[1]
            if port not in _handed_out:
                _handed_out.add(port)
                return port
    raise RuntimeError(f"no free port in TEST_PORT_RANGE={os.environ['TEST_PORT_RANGE']}")


_handed_out = set()  # ports given before their server bound them


class PrivateEngine:
    """One OpenSearch node of this test session alone (search-engine/run.sh), so that a test
    can stop, hang (SIGSTOP) and resume it without touching the engine other tests share."""

    def __init__(self, home):
        self.home = home
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "SEARCH_ENGINE_PORT": str(self.port),
            "SEARCH_ENGINE_TRANSPORT_PORT": str(free_port()),
            "SEARCH_ENGINE_HOME": str(home),
            "SEARCH_ENGINE_HEAP": os.environ.get("PRIVATE_ENGINE_HEAP", "256m"),
        }

    def run(self, action):
        subprocess.run(["bash", str(ROOT / "search-engine" / "run.sh"), action], env=self.env, check=True)

    @property
    def pid(self):
        return int((self.home / "node.pid").read_text())

    def hang(self):
        os.kill(self.pid, signal.SIGSTOP)

    def resume(self):
        os.kill(self.pid, signal.SIGCONT)


def only_in_the_engine_pass():
    if not os.environ.get("SEARCH_URL") and not os.environ.get("ELASTICSEARCH_URL"):
        pytest.skip("fault tests with private engine nodes run in the engine pass (SEARCH_URL set)")


@pytest.fixture(scope="session")
def private_engine(tmp_path_factory):
    """Only where the engine tests run (SEARCH_URL set: CI's engine pass); the fault tests
    with a real engine fail there rather than skip when the node cannot start."""
    only_in_the_engine_pass()
    engine = PrivateEngine(tmp_path_factory.mktemp("private-engine"))
    engine.run("start")
    yield engine
    with contextlib.suppress(ProcessLookupError, FileNotFoundError):
        engine.resume()
    engine.run("stop")


class ScratchDatabase:
    """An empty database of its own beside the test database: a SQLite file, or a new
    PostgreSQL database on the server of the PostgreSQL pass (dropped afterwards). Processes
    started by a test (`manage.py migrate`, `manage.py db_worker`) use it through `url`."""

    def __init__(self, folder):
        settings = connection.settings_dict
        self.postgres = connection.vendor == "postgresql"
        if self.postgres:
            self.name = f"test_scratch_{uuid.uuid4().hex[:8]}"
            self.dsn = {
                "host": settings["HOST"] or "127.0.0.1",
                "port": settings["PORT"] or 5432,
                "user": settings["USER"],
                "password": settings["PASSWORD"] or None,
            }
            credentials = self.dsn["user"] + (f":{self.dsn['password']}" if self.dsn["password"] else "")
            self.url = f"postgres://{credentials}@{self.dsn['host']}:{self.dsn['port']}/{self.name}"
            self._admin(f'CREATE DATABASE "{self.name}"')
        else:
            self.path = folder / "scratch.sqlite3"
            self.url = f"sqlite:///{self.path}"

    def _admin(self, sql):
        import psycopg

        with psycopg.connect(dbname="postgres", autocommit=True, **self.dsn) as admin:
            admin.execute(sql)

    def query(self, sql, params=()):
        """Rows of one SQL statement, in a connection of its own (committed at once)."""
        if self.postgres:
            import psycopg

            with psycopg.connect(dbname=self.name, autocommit=True, **self.dsn) as db:
                cursor = db.execute(sql.replace("?", "%s"), params)
                return cursor.fetchall() if cursor.description else []
        with contextlib.closing(sqlite3.connect(self.path, timeout=20)) as db, db:
            return db.execute(sql, params).fetchall()

    def drop(self):
        if self.postgres:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def scratch_env(database, settings_module="stabiliteit.settings.test", **extra):
    env = {**os.environ, "DATABASE_URL": database.url, "DJANGO_SETTINGS_MODULE": settings_module}
    for name in ("SEARCH_URL", "ELASTICSEARCH_URL", "REDIS_URL", "CACHE_LOCATION"):
        env.pop(name, None)
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def upgraded_database(tmp_path_factory):
    """A scratch database built at the schema of the release of 29 Nov with hand-made content
    of every kind and upgraded with `manage.py migrate` (tests/ops/upgrade_release.py), with
    the dumps of every table before and after."""
    folder = tmp_path_factory.mktemp("upgrade")
    database = ScratchDatabase(folder)
    out = folder / "dumps.json"
    try:
        process = subprocess.run(
            [sys.executable, "-m", "tests.ops.upgrade_release", str(out)],
            cwd=ROOT,
            env=scratch_env(database),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert process.returncode == 0, process.stderr[-4000:]
        yield {"database": database, "dumps": json.loads(out.read_text(encoding="utf-8"))}
    finally:
        database.drop()
