"""Shared fixtures. The demo content is loaded once per test database, then every test
runs inside a transaction that is rolled back, so tests see the same catalogue. The demo
is indexed once, in bulk, after loading (search_index_written_once). Unit tests that need a
few offerings of known kinds take `small_catalogue` (tests/catalogue_fixture.py) instead of
picking from the demo; every test must be able to fail (tests/stabiliteit/test_tests_can_fail.py).

With SEARCH_URL set the distributed engine serves the site (search/engines/): the tests
then get their own index prefix, the demo content is indexed in the engine, and what a
test indexed is put back after it (tests/engine_support.py). `make test-engine` runs the
tests marked `engine` (ENGINE_TESTS) that way, with REQUIRE_SEARCH_ENGINE=1.
"""

import contextlib

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test.utils import override_settings
from wagtail.models import Site

from tests import engine_support
from tests.catalogue_fixture import small_catalogue  # noqa: F401 (a fixture for every test module)

# The tests that must also pass on the distributed engine (`make test-engine`), by path.
ENGINE_TESTS = (
    "tests/search/test_finder.py",
    "tests/search/test_facet_counts_property.py",
    "tests/search/test_add_facet.py",
    "tests/search/test_bad_input.py",
    "tests/search/test_site_search.py",
    "tests/search/test_engine_*.py",
    "tests/search/test_dutch_evaluation*.py",
    "tests/search/test_queries_never_widened.py",
    "tests/search/test_no_dead_end.py",
    "tests/search/test_result_facts.py",
    "tests/api/test_offerings_parity.py",
    "tests/api/test_endpoints.py",
    "tests/api/test_feed_sitemap_structured_data.py",
    "tests/api/test_never_more_than_public.py",
    # Issue 21's fault tests with real parts (private engine node, Redis, PostgreSQL, gunicorn).
    "tests/ops/test_fault_*.py",
    # Not for the engine: a real Varnish in front of gunicorn, run once in CI's engine pass.
    "tests/deploy/test_varnish.py",
)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        engine_support.start_session()
        with search_index_written_once():
            call_command("load_demo_content", verbosity=0)
        engine_support.index_demo_content()
    yield
    with django_db_blocker.unblock():
        end_other_sessions()
        engine_support.end_session()


@contextlib.contextmanager
def search_index_written_once():
    """The demo content saves each page two or three times (created, its revision published,
    its child rows written), and every save would index the page again in every backend, a
    third of the load. Wagtail's AUTO_UPDATE setting turns that off while loading; then
    `update_index` writes every backend once, in bulk, as after a deploy."""
    backends = {
        name: {**config, "AUTO_UPDATE": False} for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield
    call_command("update_index", verbosity=0)


def pytest_collection_modifyitems(config, items):
    engine_support.mark_engine_tests(items, ENGINE_TESTS)


@pytest.fixture(autouse=True)
def _engine_state(request):
    """On the engine: put back what earlier tests indexed, and fail an engine test that the
    database had to answer (REQUIRE_SEARCH_ENGINE=1)."""
    if not engine_support.configured():
        yield
        return
    engine_support.restore_index(request)
    failures = engine_support.failures()
    yield
    engine_support.check_engine_served(request, failures)


@pytest.fixture(autouse=True)
def _site_root_paths():
    """Wagtail caches the sites' root paths outside the database (Site.save() refreshes it);
    a test that moved a site's root rolls its rows back, so the cache goes too."""
    yield
    Site.clear_site_root_paths_cache()


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
    engine_support.require_engine()
