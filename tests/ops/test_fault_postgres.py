"""Issue 21, row 4: PostgreSQL restarts while the application keeps connections open.

A private PostgreSQL cluster (pg_createcluster on a free port, dropped afterwards) is the
database of a second connection alias configured exactly as the project's default
(stabiliteit/settings/base.py: CONN_MAX_AGE and CONN_HEALTH_CHECKS). A kept connection is
used, the cluster is restarted, and the next "request" (Django's request_started /
request_finished cycle, as every request runs it) must not fail on the dead connection:
before, without CONN_HEALTH_CHECKS, it did (one stray 500 per idle thread after a restart).
"""

import os
import shutil
import subprocess
import time

import pytest
from django.conf import settings
from django.db import connections
from django.db.utils import load_backend

from tests.ops.conftest import free_port, required

VERSION = "15"


def cluster_tools():
    return all(shutil.which(tool) for tool in ("pg_createcluster", "pg_ctlcluster", "pg_dropcluster"))


@pytest.fixture
def private_postgres():
    if not cluster_tools() or os.geteuid() != 0:
        if required("POSTGRES"):
            pytest.fail("pg_createcluster (Debian's postgresql-common) and root are needed")
        pytest.skip("needs Debian's pg_createcluster as root")
    name, port = f"faults{os.getpid()}", free_port()
    subprocess.run(["pg_createcluster", VERSION, name, "--port", str(port)], check=True, capture_output=True)
    try:
        hba = f"/etc/postgresql/{VERSION}/{name}/pg_hba.conf"
        with open(hba) as handle:
            rules = handle.read()
        with open(hba, "w") as handle:
            handle.write("host all all 127.0.0.1/32 trust\n" + rules)
        ctl("start", name)
        config = {
            **settings.DATABASES["default"],
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "postgres",
            "USER": "postgres",
            "PASSWORD": "",
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "OPTIONS": {},
            # The production profile keeps connections 60 s (the test settings close them
            # after each request); the health-check setting is the project's own.
            "CONN_MAX_AGE": 60,
        }
        config = connections.configure_settings({"default": config, "faults": config})["faults"]
        connection = load_backend(config["ENGINE"]).DatabaseWrapper(config, "faults")
        yield name, connection
        connection.close()
    finally:
        subprocess.run(["pg_dropcluster", "--stop", VERSION, name], check=False, capture_output=True)


def ctl(action, name):
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", VERSION, name, action], check=True)


def request_cycle(connection):
    """What every request does with a connection around the view: close_old_connections
    (request_started, request_finished) runs close_if_unusable_or_obsolete on it."""
    connection.close_if_unusable_or_obsolete()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone()[0]
    finally:
        connection.close_if_unusable_or_obsolete()


def test_the_project_checks_kept_connections_before_use():
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


def test_no_request_fails_on_a_dead_connection_after_a_restart(private_postgres, django_db_blocker):
    name, connection = private_postgres
    with django_db_blocker.unblock():
        assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True
        assert request_cycle(connection) == 1
        kept = connection.connection
        assert kept is not None  # kept for the next request (CONN_MAX_AGE)
        ctl("restart", name)
        time.sleep(0.5)
        answers = [request_cycle(connection) for _ in range(5)]
        assert answers == [1] * 5
        assert connection.connection is not kept
