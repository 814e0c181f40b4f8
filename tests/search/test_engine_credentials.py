"""Issue 22: SEARCH_URL may carry credentials (https://user:pass@host:9200, the password
percent-encoded): the engine's client sends them as HTTP Basic auth, and no log line shows
them. A local server stands in for an OpenSearch 2 engine that requires a login."""

import base64
import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from search.backends import engine

USER, PASSWORD = "zoekdienst", "ge@heim:wacht/woord"
ENCODED = "ge%40heim%3Awacht%2Fwoord"
ROOT = {"version": {"distribution": "opensearch", "number": "2.19.0"}, "tagline": "The OpenSearch Project"}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 (http.server's name)
        header = self.headers.get("Authorization", "")
        self.server.seen.append(header)
        expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        status, body = (200, ROOT) if header == expected else (401, {"error": "unauthorized"})
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def locked_engine():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    engine.forget()
    yield server, server.server_address[1]
    engine.forget()
    server.shutdown()
    server.server_close()


def params(url):
    return {"URLS": [url], "INDEX_PREFIX": "test_credentials_", "TIMEOUT": 2, "OPTIONS": {}}


def test_credentials_in_search_url_reach_the_engine(locked_engine):
    server, port = locked_engine
    url = f"http://{USER}:{ENCODED}@127.0.0.1:{port}"
    assert engine.backend_path(url) == "modelsearch.backends.opensearch2"
    backend = engine.SearchBackend(params(url))
    assert backend.es.info()["version"]["number"] == "2.19.0"
    assert server.seen[-1].startswith("Basic ") and backend.hosts[0]["host"] == "127.0.0.1"


def test_no_log_line_shows_the_password(locked_engine, caplog):
    _server, port = locked_engine
    wrong = f"http://{USER}:fout-{ENCODED}@127.0.0.1:{port}"
    with caplog.at_level(logging.WARNING):
        engine.SearchBackend(params(wrong))
    assert "cannot tell what it is" in caplog.text
    assert "fout-" not in caplog.text and ENCODED not in caplog.text and USER not in caplog.text
