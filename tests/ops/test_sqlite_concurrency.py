"""SQLite as the embedded default under concurrent use (issue 14 #3): an editor publishing
while 20 clients read never gets an error, and no reader gets a 500 ("database is locked"
before: WAL, IMMEDIATE write transactions and a busy timeout fixed it)."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from tests.stabiliteit.test_production_settings import ROOT

READERS = 20
PUBLISHES = 6


def test_sqlite_connections_use_wal_immediate_transactions_and_a_busy_timeout():
    options = settings.SQLITE_OPTIONS
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in options["init_command"]
    assert options["timeout"] >= 5


@pytest.fixture(scope="module")
def demo_sqlite_file(tmp_path_factory, django_db_setup, django_db_blocker):
    """A SQLite file with the demo content, the way a real installation keeps it (WAL needs a
    file). On the SQLite pass, the test database is copied into it (module-scoped, so before
    the test's transaction, which would hold the write lock); on the PostgreSQL pass, the
    file is migrated and filled with the demo content in a separate process (about 30 s), so
    the embedded default is proven on both passes."""
    path = tmp_path_factory.mktemp("sqlite") / "concurrency.sqlite3"
    if connection.vendor == "sqlite":
        with django_db_blocker.unblock():
            connection.ensure_connection()
            target = sqlite3.connect(path)
            connection.connection.backup(target)
            target.close()
        return path
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{path}",
        "DJANGO_SETTINGS_MODULE": "stabiliteit.settings.test",
        "SEARCH_URL": "",
    }
    for command in (["migrate", "--noinput"], ["load_demo_content"]):
        subprocess.run(
            [sys.executable, "manage.py", *command, "--verbosity", "0"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            timeout=600,
        )
    return path


@pytest.mark.django_db
def test_an_editor_publishing_while_20_clients_read_gets_no_error(demo_sqlite_file):
    path = demo_sqlite_file

    result = subprocess.run(
        [sys.executable, "-m", "tests.ops.sqlite_concurrency", str(path), str(READERS), str(PUBLISHES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["editor_errors"] == []
    assert outcome["publishes"] == PUBLISHES
    assert outcome["error_count"] == 0, outcome["errors"]
    assert not [status for status in outcome["statuses"] if int(status) >= 500]
    assert sum(outcome["statuses"].values()) > READERS
    assert outcome["last_title_shown"]
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
