import contextlib
import os
import signal
import socket
import subprocess
import uuid
from pathlib import Path

import pytest

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
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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
