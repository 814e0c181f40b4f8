"""Browser harness: Playwright driving Debian's Chromium against a live Django server.

The server runs in a thread for the whole session. Each browser test uses the `db`
fixture; on SQLite (in-memory) the server shares the test's connection, so its writes are
rolled back with the test; on PostgreSQL the server has its own connection and sees the
committed demo content.

Without /usr/bin/chromium the tests skip, unless REQUIRE_BROWSER_TESTS=1 (CI), where
they fail instead, so nothing that should run is silently skipped.
"""

import os
import threading
from pathlib import Path

import pytest
from django.db import connection

CHROMIUM = "/usr/bin/chromium"
AXE_JS = Path(__file__).parent / "vendor" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in this thread; Django must still allow ORM calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    # Browser tests last: on PostgreSQL their server commits what they change.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


def is_audit(item):
    """An accessibility and layout audit: it runs axe (the `axe` fixture) or is marked `audit`."""
    return item.get_closest_marker("audit") is not None or "axe" in getattr(item, "fixturenames", ())


def pytest_runtest_setup(item):
    # The audits check what the templates and the CSS make of a page (axe, widths, sizes);
    # nothing in them depends on the database, so CI runs them once, in its SQLite pass, and
    # the PostgreSQL pass keeps the browser tests of behaviour (issue 27: a pass <= 6 min).
    if is_audit(item) and connection.vendor != "sqlite":
        pytest.skip("accessibility and layout audit, independent of the database: runs in the SQLite pass")
    if item.get_closest_marker("browser") and not Path(CHROMIUM).exists():
        if os.environ.get("REQUIRE_BROWSER_TESTS") == "1":
            pytest.fail(f"REQUIRE_BROWSER_TESTS=1 but {CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(
            f"{CHROMIUM} not installed (apt-get install chromium); set REQUIRE_BROWSER_TESTS=1 to fail"
        )


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker):
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.db import connections
    from django.test.testcases import LiveServerThread

    overrides = {
        conn.alias: conn for conn in connections.all() if conn.vendor == "sqlite" and conn.is_in_memory_db()
    }
    for conn in overrides.values():
        conn.inc_thread_sharing()
    with django_db_blocker.unblock():
        thread = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=overrides, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()
    for conn in overrides.values():
        conn.dec_thread_sharing()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium missing")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_site, db):
    context = browser.new_context(base_url=live_site, locale="nl-NL")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def run_axe(tab):
    """Run axe-core for WCAG 2.1 A/AA on the current page; return the violations."""
    # Evaluated through DevTools, not as an inline <script>: the site's strict CSP
    # (no inline scripts) would block a script tag.
    tab.evaluate(AXE_JS.read_text())
    result = tab.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


@pytest.fixture
def axe():
    return run_axe


@pytest.fixture
def seen_by_server():
    """seen_by_server(fn): run fn so that the live server sees what it writes. On SQLite
    (in-memory) the server shares the test's connection, so fn runs here and is rolled
    back with the test; on PostgreSQL the server has its own connection, so fn runs in a
    thread of its own, whose connection commits."""
    from django.db import connection

    def run(fn):
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            return fn()
        result, errors = [], []

        def target():
            from django.db import connections

            try:
                result.append(fn())
            except Exception as error:  # re-raised in the test's thread
                errors.append(error)
            finally:
                connections.close_all()

        thread = threading.Thread(target=target)
        thread.start()
        thread.join()
        if errors:
            raise errors[0]
        return result[0]

    return run
