"""A local HTTP server on 127.0.0.1 (ephemeral port) that answers the way real sites do."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

SLOW_SECONDS = 1.5


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def answer(self):
        self.server.requests.append((time.monotonic(), self.command, self.path))
        path = self.path.split("?")[0]
        if path == "/ok":
            self.respond(200)
        elif path == "/moved":
            self.respond(301, location="/ok")
        elif path == "/moved-away":
            self.respond(301, location="/missing")
        elif path == "/loop":
            self.respond(302, location="/loop")
        elif path == "/missing":
            self.respond(404)
        elif path == "/error":
            self.respond(500)
        elif path == "/no-head":
            self.respond(405 if self.command == "HEAD" else 200)
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self.respond(200)
        else:
            self.respond(404)

    def respond(self, status, location=None):
        body = b"" if self.command == "HEAD" else b"<!doctype html><title>t</title>"
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    do_HEAD = answer
    do_GET = answer


@pytest.fixture(scope="session")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    yield server, base
    server.shutdown()
    server.server_close()
