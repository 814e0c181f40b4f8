"""gunicorn settings of the production profile (docs/deploy.md, "Application server").

Worker class gthread: a few processes with a few threads each. Requests are mostly short
Python work around a per-process in-memory facet index (search/facetindex.py, thread
safe, ~7 MB at 10,000 offerings, rebuilt after each publish in every process): threads
share one index per process, so fewer processes means less memory and fewer rebuilds
after a publish, while threads still overlap database and network waits (which release
the GIL). nginx in front buffers slow clients, so no async worker is needed; Django's
views are synchronous.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
worker_class = "gthread"
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# A request that takes longer is a bug or an attack: the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# SIGTERM or a reload (SIGHUP): workers stop accepting, finish what they have (up to
# graceful_timeout, sized to the longest request: `timeout`), answer a request that arrives
# on a kept-alive connection in the first seconds with "Connection: close", then exit.
# systemd waits longer than that (TimeoutStopSec=35); nginx closes idle upstream
# connections after 4 s, before gunicorn's `keepalive` (tests/ops/test_fault_gunicorn_shutdown.py).
graceful_timeout = timeout
keepalive = 5
# Replace workers now and then, so slow memory growth never accumulates.
max_requests = 5000
max_requests_jitter = 500
# X-Forwarded-Proto is believed only from these (gunicorn's own rule; Django's client
# address rule reads TRUSTED_PROXIES in the settings).
forwarded_allow_ips = os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1")
# nginx writes the access log (with the request id); gunicorn logs errors to stderr.
accesslog = os.environ.get("GUNICORN_ACCESSLOG") or None
errorlog = "-"
wsgi_app = "stabiliteit.wsgi:application"
