"""Issue 21, row 9: SIGTERM to gunicorn while a client holds a kept-alive connection.

A real gunicorn with deploy/gunicorn.conf.py (one gthread worker, its own port, no shared
control socket) serves a tiny WSGI app. A client sends a request, keeps the connection,
the master gets SIGTERM, and the client sends its next request on the same connection
during the drain: it must be answered (with "Connection: close"), not dropped (a 502
behind nginx). And the sizes that make a drain lossless hold: graceful_timeout covers the
longest request, nginx closes idle upstream connections before gunicorn does.
"""

import http.client
import os
import re
import runpy
import signal
import subprocess
import sys
import time

from tests.ops.conftest import ROOT, free_port

APP = """
import time

def application(environ, start_response):
    if environ["PATH_INFO"] == "/traag":
        time.sleep(1.5)
    body = b"ok " + environ["PATH_INFO"].encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]
"""


def load_config():
    return runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))


def start_gunicorn(tmp_path, port):
    (tmp_path / "kaal.py").write_text(APP)
    env = {**os.environ, "GUNICORN_WORKERS": "1", "GUNICORN_THREADS": "2", "PYTHONPATH": str(tmp_path)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            str(ROOT / "deploy" / "gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{port}",
            "--no-control-socket",
            "kaal:application",
        ],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            probe = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            probe.request("GET", "/")
            probe.getresponse().read()
            probe.close()
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("gunicorn did not start: " + process.stderr.read().decode()[-2000:])


def test_a_request_on_a_kept_alive_connection_during_the_drain_is_answered(tmp_path):
    port = free_port()
    process = start_gunicorn(tmp_path, port)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/eerste")
        first = connection.getresponse()
        assert first.read() == b"ok /eerste"
        assert first.getheader("Connection", "").lower() != "close"  # kept alive

        # A second client is in the middle of a slow request when the stop comes.
        slow = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        slow.request("GET", "/traag")
        time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        time.sleep(0.3)

        connection.request("GET", "/tweede")
        second = connection.getresponse()
        assert second.status == 200
        assert second.read() == b"ok /tweede"
        assert second.getheader("Connection", "").lower() == "close"
        slow_response = slow.getresponse()
        assert (slow_response.status, slow_response.read()) == (200, b"ok /traag")
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_the_drain_is_sized_for_the_longest_request_and_nginx_lets_go_first():
    config = load_config()
    assert config["graceful_timeout"] >= config["timeout"]
    unit = (ROOT / "deploy" / "stabiliteit.service").read_text()
    stop = int(re.search(r"TimeoutStopSec=(\d+)", unit).group(1))
    assert stop > config["graceful_timeout"]
    nginx = (ROOT / "deploy" / "nginx" / "stabiliteit.conf").read_text()
    upstream_idle = re.search(r"keepalive_timeout\s+(\d+)s;", nginx.split("server {")[0])
    assert upstream_idle is not None, "nginx must close idle upstream connections before gunicorn"
    assert int(upstream_idle.group(1)) < config["keepalive"]
