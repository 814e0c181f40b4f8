"""/gezondheid/: can this worker serve? 503 when the database fails: without it no page can
be served. A failing cache (Redis) gives 200 with "beperkt": pages are served without it and
rate limits count per process meanwhile (stabiliteit/settings/base.py, CACHES). The search
engine (when SEARCH_URL is set) is checked too, but a failing engine gives 200 with the
status "beperkt": the finder, API, feed and site search then answer from the database
(search/engines), so a load balancer must keep sending traffic; every worker shares the
one engine, and taking them all out of rotation would turn a slower search into an outage.

"zoekindex" (with SEARCH_URL): the engine's index is behind, i.e. index changes have waited
in the queue (search/indexqueue.py) longer than INDEX_BEHIND_AFTER seconds: "beperkt", with
the number of waiting changes and the age of the oldest. "search" also fails when the
engine answers but refuses the finder's query (e.g. a wrongly mapped index).

The answer names the checks and "ok"/"fout" only: no versions, host names, addresses or
error texts (those go to the log with the request id), so it can be public for a load
balancer or uptime monitor.
"""

import logging
import time
import uuid

import requests
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from search import engines, indexqueue
from search.engines.base import Request
from search.engines.distributed import DistributedEngine

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone()[0] == 1


def check_cache():
    key = f"health:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    try:
        return cache.get(key) == "1"
    finally:
        cache.delete(key)


def check_search():
    """The engine at SEARCH_URL answers its root within the timeout (OpenSearch and
    Elasticsearch answer GET / with their cluster info; credentials in the URL are used)."""
    error = None
    for url in settings.SEARCH_URL.split(","):  # a cluster: one node answering is enough
        try:
            if requests.get(url.strip(), timeout=settings.HEALTH_CHECK_TIMEOUT).status_code < 500:
                break
        except requests.RequestException as failure:
            error = failure
    else:
        if error is not None:
            raise error  # logged with the request id by health()
        return False
    # A finder request (visibility filters, facet aggregations, the title order): refused
    # when the index is missing or wrongly mapped, which the root answer does not show.
    DistributedEngine(engines.distributed_backend()).select(Request(page=("titel", 0, 1)))
    return True


INDEX_BEHIND_AFTER = 30  # seconds an index change may wait before health says "beperkt"


def check_search_index():
    """The engine's index has every change older than INDEX_BEHIND_AFTER seconds."""
    waiting, oldest = indexqueue.backlog()
    details = {"wachtrij": waiting, "oudste_s": round(oldest)}
    return oldest <= INDEX_BEHIND_AFTER, details


CHECKS = {"database": check_database, "cache": check_cache}
# Checks whose failure the site survives (it serves from the database meanwhile).
# The cache too (issue 21): with Redis down pages are served without it (django-redis
# IGNORE_EXCEPTIONS; rate limits count per process), so health says "beperkt", not 503.
DEGRADING = {"cache", "search", "zoekindex"}


@never_cache
@require_GET
def health(request):
    checks = dict(CHECKS)
    if settings.SEARCH_URL:
        checks["search"] = check_search
        checks["zoekindex"] = check_search_index
    results = {}
    for name, check in checks.items():
        started = time.monotonic()
        details = {}
        try:
            healthy = check()
            if isinstance(healthy, tuple):
                healthy, details = healthy
            healthy = bool(healthy)
        except Exception:
            logger.exception("health check %s failed", name)
            healthy = False
        results[name] = {
            "status": "ok" if healthy else "fout",
            "ms": round((time.monotonic() - started) * 1000),
            **details,
        }
    failed = {name for name, result in results.items() if result["status"] != "ok"}
    if failed - DEGRADING:
        return JsonResponse({"status": "fout", "checks": results}, status=503)
    return JsonResponse({"status": "beperkt" if failed else "ok", "checks": results}, status=200)
