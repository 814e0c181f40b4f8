"""Shared fixtures. The demo content is loaded once per test database, then every test
runs inside a transaction that is rolled back, so tests see the same catalogue."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


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
