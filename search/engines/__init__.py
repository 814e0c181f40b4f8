"""Which engine serves: the only place that decides.

Without SEARCH_URL the database engine serves everything (search/engines/database.py).
With SEARCH_URL the distributed engine (search/engines/distributed.py) serves the finder,
the API, the feed, the site search and autocomplete; when it is down, times out or refuses
a request, the same request is answered by the database engine with a warning in the log
(logger "search.engines"), and the engine is left to rest for RETRY_AFTER seconds so that
visitors do not each wait for a timeout. The database backend's own index is kept up to
date beside the engine's (settings: WAGTAILSEARCH_BACKENDS["database"]), so it can answer.
"""

import contextlib
import logging
import time

from django.conf import settings
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.search.backends import get_search_backend

from search.backends.engine import without_credentials
from search.engines import database
from search.engines.base import EngineUnavailable
from search.engines.database import DatabaseEngine, backend_name
from search.engines.distributed import ENGINE_ERRORS, BeyondWindow, DistributedEngine, engine_result_ids

logger = logging.getLogger(__name__)
RETRY_AFTER = 30  # seconds the engine rests after a failure
_resting = {}  # engine URL -> time.monotonic() until which it rests
_forced = []  # engine names forced by forced()
_failures = [0]  # how often the engine failed in this process (tests check it)


def distributed_backend():
    """The distributed engine's Wagtail backend when SEARCH_URL configures one, else None."""
    if not getattr(settings, "SEARCH_URL", ""):
        return None
    backend = get_search_backend("default")
    return backend if isinstance(backend, ElasticsearchBaseSearchBackend) else None


def _available(backend):
    return backend is not None and _resting.get(settings.SEARCH_URL, 0) <= time.monotonic()


def _failed(error, what):
    if isinstance(error, BeyondWindow):
        logger.info("Search engine: %s; the database answers this request.", error)
        return
    _resting[settings.SEARCH_URL] = time.monotonic() + RETRY_AFTER
    _failures[0] += 1
    logger.warning(
        "Search engine at %s failed (%s): the database answers %s for the next %s seconds.",
        without_credentials(settings.SEARCH_URL),
        error,
        what,
        RETRY_AFTER,
    )


def reset():
    """Forget failures (tests; an operator's shell after restarting the engine)."""
    _resting.clear()


def failure_count():
    return _failures[0]


def active_engine_name():
    """ "distributed" when the engine would serve the next request, else "database"."""
    return "distributed" if _available(distributed_backend()) else "database"


@contextlib.contextmanager
def forced(name):
    """Within the block every finder request goes to the named engine ("database" or
    "distributed"): for comparing the two (tests, bench/finder.py)."""
    _forced.append(name)
    try:
        yield
    finally:
        _forced.pop()


def serve(task):
    """task(engine) on the engine that serves, falling back to the database engine."""
    if _forced and _forced[-1] == "database":
        return task(DatabaseEngine())
    backend = distributed_backend()
    if _forced and _forced[-1] == "distributed":
        if backend is None:
            raise EngineUnavailable("no distributed engine is configured (SEARCH_URL)")
        return task(DistributedEngine(backend))
    if _available(backend):
        try:
            return task(DistributedEngine(backend))
        except EngineUnavailable as error:
            _failed(error, "finder requests")
    return task(DatabaseEngine())


def result_ids(results, ordered):
    """The ids of a Wagtail search's results (either engine) without loading the matches."""
    if isinstance(results.backend, ElasticsearchBaseSearchBackend):
        return engine_result_ids(results)
    return database.result_ids(results, ordered)


def text_search(run):
    """run(backend_name) for Wagtail searches outside the finder (site search, autocomplete,
    the API's ?search=): on the engine when it serves, else on the database backend. `run`
    must evaluate its results, so that a failing engine is noticed here."""
    if _available(distributed_backend()):
        try:
            return run("default")
        except ENGINE_ERRORS as error:
            _failed(EngineUnavailable(f"{type(error).__name__}: {error}"), "text searches")
    return run(backend_name())
