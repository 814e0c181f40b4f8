"""Issue 21, row 3: Redis stops while visitors read, an editor works and someone floods a form.

(The requests run one after the other, a bounded stream; before, each of them answered 500.)

A private redis-server (its own port and folder) is the shared cache, configured as in
production (stabiliteit/settings/base.py: django-redis with IGNORE_EXCEPTIONS, and the
"ratelimit" alias without). It is shut down in the middle of a stream of requests and
started again: no request may answer 5xx (before: every page 500, Wagtail keeps its
site-root lookup in the default cache), the rate limit keeps counting per process with a
log line, /gezondheid/ says "beperkt" while Redis is down and "ok" after.
"""

import logging
import shutil
import subprocess
import time

import pytest
from django.contrib.auth import get_user_model

from core import ratelimit
from insight.models import MissingOfferReport
from tests.ops.conftest import free_port, required

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/aanbod/",
    "/aanbod/?q=polarisatie",
    "/zoeken/?q=radicalisering",
    "/handboek/",
    "/api/v2/offerings/",
]
ADMIN_PAGES = ["/admin/", "/admin/pages/"]


class PrivateRedis:
    def __init__(self, folder):
        self.folder, self.port = folder, free_port()

    def start(self):
        subprocess.run(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--daemonize",
                "yes",
                "--dir",
                str(self.folder),
                "--pidfile",
                str(self.folder / "redis.pid"),
                "--save",
                "",
            ],
            check=True,
        )
        for _ in range(50):
            if self.cli("ping").stdout.strip() == "PONG":
                return
            time.sleep(0.1)
        raise RuntimeError("private redis-server did not answer")

    def stop(self):
        self.cli("shutdown", "nosave")
        for _ in range(50):
            if self.cli("ping").returncode != 0:
                return
            time.sleep(0.1)

    def cli(self, *args):
        return subprocess.run(
            ["redis-cli", "-p", str(self.port), *args], capture_output=True, text=True, check=False
        )


@pytest.fixture
def private_redis(tmp_path, settings):
    if shutil.which("redis-server") is None:
        if required("REDIS"):
            pytest.fail("redis-server is not installed (.ci/redis.sh installs it)")
        pytest.skip("redis-server is not installed")
    server = PrivateRedis(tmp_path)
    server.start()
    url = f"redis://127.0.0.1:{server.port}/0"
    shared = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": "fault",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
    }
    settings.CACHES = {
        "default": {**shared, "OPTIONS": {**shared["OPTIONS"], "IGNORE_EXCEPTIONS": True}},
        "ratelimit": shared,
    }
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    settings.DJANGO_REDIS_LOGGER = "ops.cache"
    ratelimit._local.clear()
    ratelimit._logged[0] = 0.0
    # ops.cache logs once a minute and does not propagate (settings LOGGING): start afresh and
    # let caplog see it.
    cache_logger = logging.getLogger("ops.cache")
    for throttle in cache_logger.filters:
        throttle._next.clear()
    yield server
    server.stop()


def test_pages_admin_and_rate_limits_survive_redis_stopping(client, private_redis, caplog, settings):
    editor = get_user_model().objects.filter(is_superuser=True).first()
    admin = client.__class__()
    admin.force_login(editor)
    # Warm: the site roots are in Redis now.
    for url in PAGES:
        assert client.get(url).status_code == 200, url
    assert client.get("/gezondheid/").json()["checks"]["cache"]["status"] == "ok"

    statuses = {"before": [], "down": [], "after": []}

    def load(phase, rounds):
        """Public pages and the admin, one after the other (bounded: `rounds` passes)."""
        for _ in range(rounds):
            for url in PAGES:
                statuses[phase].append((url, client.get(url).status_code))
            for url in ADMIN_PAGES:
                statuses[phase].append((url, admin.get(url).status_code))

    logging.getLogger("ops.cache").addHandler(caplog.handler)
    with caplog.at_level(logging.WARNING):
        load("before", 1)
        private_redis.stop()
        load("down", 2)
        body = client.get("/gezondheid/").json()
        assert body["status"] == "beperkt"
        assert body["checks"]["cache"]["status"] == "fout"
        # The rate limit holds while Redis is down: counted in this process.
        before = MissingOfferReport.objects.count()
        codes = [
            client.post(
                "/mist-u-iets/",
                {"description": f"Melding {n} over een ontbrekende training"},
                REMOTE_ADDR="203.0.113.77",
            ).status_code
            for n in range(settings.MISSING_OFFER_MAX_PER_HOUR + 2)
        ]
        assert MissingOfferReport.objects.count() - before == settings.MISSING_OFFER_MAX_PER_HOUR
        assert codes[-1] == 429
        private_redis.start()
        load("after", 1)
    logging.getLogger("ops.cache").removeHandler(caplog.handler)
    assert len(statuses["down"]) == 2 * (len(PAGES) + len(ADMIN_PAGES))
    errors = [entry for entries in statuses.values() for entry in entries if entry[1] >= 500]
    assert errors == []
    assert all(code in (200, 302) for _url, code in statuses["down"])
    messages = [record.getMessage() for record in caplog.records]
    assert any("Rate limits count per process" in message for message in messages)
    assert any("Redis is unreachable" in message for message in messages)
    assert client.get("/gezondheid/").json()["checks"]["cache"]["status"] == "ok"
