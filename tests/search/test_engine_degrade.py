"""The engine down or timing out: the finder, the API, the feed, the site search and
autocomplete answer from the database, with a warning in the log; never a 5xx.

These tests point SEARCH_URL at a closed port, or at a socket that accepts connections and
never answers, so they run with or without a real engine (and never stop a shared one).
"""

import logging
import socket
import time

import pytest

from search import engines
from search.backends import engine as engine_backend
from search.finder import run_finder
from search.params import FinderQuery

pytestmark = [pytest.mark.django_db, pytest.mark.engine_down]

REQUESTS = [
    ("/aanbod/", {"q": "radicalisering", "thema": "polarisatie"}),
    ("/aanbod/feed/", {"soort": "training"}),
    ("/api/v2/offerings/", {"q": "polarisatie"}),
    ("/api/v2/pages/", {"search": "polarisatie"}),
    ("/zoeken/", {"q": "polarisatie"}),
    ("/zoeken/suggesties/", {"q": "pola"}),
    # Issue 21: the handbook's search called the backend directly and answered 500.
    ("/handboek/zoeken/", {"q": "demonstratie"}),
    ("/aanbod/feed/", {"q": "polarisatie"}),
]
# Every public URL above that searches (tests/ops/test_fault_search_index.py walks them with
# a hung engine node).
SEARCHING_URLS = REQUESTS


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def silent_engine():
    """A socket that accepts connections (the kernel completes them) and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    yield server.getsockname()[1]
    server.close()


def point_engine_at(settings, url, timeout=10):
    settings.SEARCH_URL = url
    backends = {name: dict(config) for name, config in settings.WAGTAILSEARCH_BACKENDS.items()}
    backends["default"] = {
        **backends.get("default", {}),
        "BACKEND": "search.backends.engine",
        "URLS": [url],
        "TIMEOUT": timeout,
        "INDEX_PREFIX": backends.get("default", {}).get("INDEX_PREFIX", "test_down_"),
    }
    backends.setdefault("database", {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "simple"})
    if backends["default"].get("BACKEND") == "search.backends.database":
        backends["default"]["BACKEND"] = "search.backends.engine"
    settings.WAGTAILSEARCH_BACKENDS = backends
    engine_backend.forget()
    engines.reset()


@pytest.fixture(autouse=True)
def _forget_backends():
    yield
    engine_backend.forget()
    engines.reset()


def on_database(query, **kwargs):
    with engines.forced("database"):
        return run_finder(query, **kwargs)


def test_engine_down_every_search_answers_from_the_database(client, settings, caplog):
    expected = on_database(FinderQuery(q="radicalisering", filters={"thema": ("polarisatie",)}))
    point_engine_at(settings, f"http://127.0.0.1:{closed_port()}")
    with caplog.at_level(logging.WARNING, logger="search.engines"):
        for url, params in REQUESTS:
            response = client.get(url, params)
            assert response.status_code == 200, url
    result = client.get("/aanbod/", REQUESTS[0][1]).context["result"]
    assert [item.pk for item in result.items] == [item.pk for item in expected.items]
    assert result.total == expected.total > 0
    assert any(
        "Search engine at" in record.message and "failed" in record.message for record in caplog.records
    )
    assert client.get("/api/v2/offerings/", {"q": "polarisatie"}).json()["meta"]["total_count"] > 0
    assert client.get("/zoeken/", {"q": "polarisatie"}).context["result"].total > 0
    chapters = client.get("/handboek/zoeken/", {"q": "demonstratie"}).context["results_page"]
    assert chapters.paginator.count > 0


def test_engine_that_never_answers_times_out_and_the_database_answers(
    client, settings, caplog, silent_engine
):
    point_engine_at(settings, f"http://127.0.0.1:{silent_engine}", timeout=0.5)
    expected = on_database(FinderQuery(q="polarisatie"))
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="search.engines"):
        response = client.get("/aanbod/", {"q": "polarisatie"})
    assert response.status_code == 200
    assert response.context["result"].total == expected.total > 0
    assert time.monotonic() - started < 8  # the timeouts, not a hang
    # The engine rests after the failure: the next requests do not wait for it again.
    started = time.monotonic()
    for url, params in REQUESTS:
        assert client.get(url, params).status_code == 200, url
    assert time.monotonic() - started < 5
    assert any("failed" in record.message for record in caplog.records)


def test_saving_while_the_engine_is_down_does_not_fail(settings, make_offering):
    point_engine_at(settings, f"http://127.0.0.1:{closed_port()}", timeout=0.5)
    page = make_offering("Weerbaarheid tijdens een storing van de zoekmachine")
    # Saved, and found through the database.
    assert page.pk in {item.pk for item in on_database(FinderQuery(q="storing zoekmachine")).items}
    assert page.pk in {item.pk for item in run_finder(FinderQuery(q="storing zoekmachine")).items}
