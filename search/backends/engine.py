"""The distributed engine's Wagtail search backend, chosen by what the engine says it is.

Configured as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.engine" when
SEARCH_URL is set (stabiliteit/settings/base.py). The engine's root URL answers with its
product and version; that picks modelsearch's backend and client: OpenSearch 2 or 3
(opensearch-py), Elasticsearch 8 or 9 (elasticsearch-py). Wagtail builds a backend for
every call of get_search_backend(); here one instance (and so one connection pool) is kept
per configuration. When the engine cannot be asked, the OpenSearch 2 backend stands in
(its requests fail and are caught like any engine failure) and the question is asked
again after RETRY_AFTER seconds.

Writes are durable (search/indexqueue.py): the backend's add() and delete(), which every
automatic index update goes through (modelsearch's signal handlers and task, Wagtail's
document and image forms, offerings/signals.py), queue a task in the database instead of
writing to the engine; the task writes through the index itself. `update_index` writes
through the index too (bulk), so rebuilds stay direct.
"""

import json
import logging
import threading
import time
from urllib.parse import unquote, urlsplit, urlunsplit

import requests
from modelsearch.backends import import_backend

from search import indexqueue

logger = logging.getLogger(__name__)

BACKENDS = {
    ("opensearch", 2): "modelsearch.backends.opensearch2",
    ("opensearch", 3): "modelsearch.backends.opensearch3",
    ("elasticsearch", 8): "modelsearch.backends.elasticsearch8",
    ("elasticsearch", 9): "modelsearch.backends.elasticsearch9",
}
STAND_IN = "modelsearch.backends.opensearch2"
DETECT_TIMEOUT = 3  # seconds
RETRY_AFTER = 30  # seconds before asking an engine that did not answer again

_lock = threading.Lock()
_instances = {}  # configuration key -> (backend, time.monotonic() until which it holds or None)


class UnknownEngine(Exception):
    pass


def product(root):
    """(product, major version) from the engine's root response."""
    version = root.get("version") or {}
    number = str(version.get("number", ""))
    if not number.split(".")[0].isdigit():
        raise UnknownEngine(f"no version in the engine's answer: {json.dumps(root)[:200]}")
    name = "opensearch" if version.get("distribution") == "opensearch" else "elasticsearch"
    return name, int(number.split(".")[0])


def backend_path(url, timeout=DETECT_TIMEOUT):
    """The modelsearch backend module for the engine at `url`."""
    response = requests.get(url, timeout=timeout)
    response.raise_for_status()
    found = product(response.json())
    if found not in BACKENDS:
        raise UnknownEngine(f"{found[0]} {found[1]} is not supported; use one of {sorted(BACKENDS)}")
    return BACKENDS[found]


def credentials(url):
    """(user, password) from `https://user:pass@host:9200` (percent-decoded), or None."""
    parts = urlsplit(url)
    if parts.username is None:
        return None
    return unquote(parts.username), unquote(parts.password or "")


def without_credentials(url):
    """The URL without user and password: for the client's host list and for every log line."""
    parts = urlsplit(url)
    if parts.username is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def with_credentials(path, params):
    """Credentials in the URLs go to the client decoded (so a password may hold any character,
    written percent-encoded in SEARCH_URL; modelsearch would pass them on still encoded):
    the Elasticsearch 8/9 clients take them as the `basic_auth` option, the OpenSearch client
    per host as `http_auth` (the host entries modelsearch builds from the URLs, with the auth).
    Every node of a cluster is reached with the same credentials (the first URL's)."""
    params = dict(params)
    urls = params["URLS"]
    auth = next(filter(None, map(credentials, urls)), None)
    if auth is None:
        return params
    params["URLS"] = [without_credentials(url) for url in urls]
    if "elasticsearch8" in path or "elasticsearch9" in path:
        params["OPTIONS"] = {**params.get("OPTIONS", {}), "basic_auth": auth}
        return params
    params["HOSTS"] = [_host_entry(url, auth) for url in urls]
    return params


def _host_entry(url, auth):
    parts = urlsplit(url)
    https = parts.scheme == "https"
    return {
        "host": parts.hostname,
        "port": parts.port or (443 if https else 80),
        "url_prefix": parts.path,
        "use_ssl": https,
        "verify_certs": https,
        "http_auth": auth,
    }


def SearchBackend(params):  # noqa: N802 (Wagtail loads a backend by this name)
    key = json.dumps(params, sort_keys=True, default=str)
    entry = _instances.get(key)
    if entry is not None and (entry[1] is None or entry[1] > time.monotonic()):
        return entry[0]
    with _lock:
        path, until = STAND_IN, time.monotonic() + RETRY_AFTER
        for url in params["URLS"]:  # the first node of a cluster that answers tells
            try:
                path, until = backend_path(url, timeout=min(DETECT_TIMEOUT, params.get("TIMEOUT", 10))), None
                break
            except (requests.RequestException, ValueError, UnknownEngine) as error:
                logger.warning(
                    "Search engine at %s: cannot tell what it is (%s).",
                    without_credentials(url),
                    str(error).replace(url, without_credentials(url)),
                )
        backend = _durable(import_backend(path))(with_credentials(path, params))
        _instances[key] = (backend, until)
        return backend


_durable_classes = {}


def _durable(backend_class):
    """The backend class with add() and delete() queued (search/indexqueue.py)."""
    if backend_class not in _durable_classes:

        class DurableWrites(backend_class):
            def add(self, obj):
                indexqueue.enqueue(obj)

            def delete(self, obj):
                indexqueue.enqueue(obj)

        DurableWrites.__name__ = f"Durable{backend_class.__name__}"
        _durable_classes[backend_class] = DurableWrites
    return _durable_classes[backend_class]


def forget():
    """Drop the kept backends (tests that point SEARCH_URL elsewhere)."""
    _instances.clear()
