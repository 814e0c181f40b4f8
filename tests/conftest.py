"""Shared fixtures. The demo content is loaded once per test database, then every test
runs inside a transaction that is rolled back, so tests see the same catalogue."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
    yield
    with django_db_blocker.unblock():
        end_other_sessions()


def end_other_sessions():
    """Threads of the browser tests' live server (and WSGI calls made by Schemathesis) can
    leave PostgreSQL sessions open; end them so the test database can be dropped."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    client.force_login(django_user_model.objects.get(username="admin"))
    return client


@pytest.fixture
def login(client, django_user_model):
    """Log the test client in as one of the demo users: login('vng-redacteur')."""

    def _login(username):
        client.force_login(django_user_model.objects.get(username=username))
        return client

    return _login


def pytest_sessionstart(session):
    """CI's PostgreSQL pass sets REQUIRE_POSTGRES=1: then a run that ended up on another
    database (a mistyped DATABASE_URL) fails instead of silently skipping PostgreSQL tests."""
    import os

    from django.db import connection

    if os.environ.get("REQUIRE_POSTGRES") == "1" and connection.vendor != "postgresql":
        raise pytest.UsageError(f"REQUIRE_POSTGRES=1 but the tests run on {connection.vendor}")
