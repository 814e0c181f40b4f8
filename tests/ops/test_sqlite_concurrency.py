"""SQLite as the embedded default under concurrent use (issue 14 #3): an editor publishing
while 20 clients read never gets an error, and no reader gets a 500 ("database is locked"
before: WAL, IMMEDIATE write transactions and a busy timeout fixed it)."""

import json
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
    file): the SQLite test database copied into it (module-scoped, so before the test's
    transaction, which would hold the write lock). This test is about SQLite alone, so it
    runs in CI's SQLite pass; the PostgreSQL pass would have to migrate and fill a SQLite file
    in a process of its own (60-90 s) to prove the same thing again."""
    if connection.vendor != "sqlite":
        pytest.skip("about SQLite as the embedded default: runs in CI's SQLite pass")
    path = tmp_path_factory.mktemp("sqlite") / "concurrency.sqlite3"
    with django_db_blocker.unblock():
        connection.ensure_connection()
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
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
