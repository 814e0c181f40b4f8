"""Running the tests against the distributed engine (SEARCH_URL set; see tests/conftest.py).

- Each test session gets its own index prefix (the test database's name, this checkout and
  the process), so parallel runs and other people's runs on a shared engine never collide;
  its indexes are deleted when the session ends.
- The demo content is indexed into the engine once per session, in bulk.
- Tests run in transactions that are rolled back, but the engine does not roll back: every
  document a test writes or deletes is recorded, and before the next test it is put back
  as the database has it.
- REQUIRE_SEARCH_ENGINE=1 (CI's engine pass): the session fails at once when the engine
  does not answer, and an `engine` test fails when the database had to answer for it.
"""

import contextlib
import fnmatch
import hashlib
import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseIndex
from modelsearch.index import insert_or_update_object
from wagtail.search.backends import get_search_backend

from search import engines
from search.backends import engine as engine_backend

ROOT = Path(__file__).resolve().parent.parent
_dirty = {}  # (model class, pk) -> True: documents written or deleted since the last restore
auto_refresh = [True]  # refresh after every write (tests that measure the engine's own refresh turn it off)


def configured():
    return bool(getattr(settings, "SEARCH_URL", ""))


def required():
    return os.environ.get("REQUIRE_SEARCH_ENGINE") == "1"


def require_engine():
    """At session start: with REQUIRE_SEARCH_ENGINE=1 the engine must be configured and answer."""
    if not required():
        return
    if not configured():
        raise pytest.UsageError("REQUIRE_SEARCH_ENGINE=1 but SEARCH_URL is not set")
    try:
        engine_backend.backend_path(settings.SEARCH_URL)
    except Exception as error:
        raise pytest.UsageError(
            f"REQUIRE_SEARCH_ENGINE=1 but the engine at {settings.SEARCH_URL} does not answer: {error}"
        ) from error


def mark_engine_tests(items, patterns):
    for item in items:
        path = Path(str(item.fspath)).resolve()
        relative = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()
        if any(fnmatch.fnmatch(relative, pattern) for pattern in patterns):
            item.add_marker(pytest.mark.engine)


def index_prefix():
    name = f"{ROOT}:{connection.settings_dict['NAME']}:{os.getpid()}"
    database = re.sub(r"[^a-z0-9]+", "", str(connection.settings_dict["NAME"]).lower())[-20:]
    return f"test_{database}_{hashlib.sha1(name.encode()).hexdigest()[:10]}_"  # noqa: S324 (a name)


def start_session():
    if not configured():
        return
    settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = index_prefix()
    _record_index_writes()
    # Create the index with its mapping before the demo content is saved into it.
    call_command("update_index", backend_name="default", verbosity=0)


def index_demo_content():
    """After the demo content was written to every backend at once (tests/conftest.py,
    search_index_written_once): make it searchable and start with nothing to put back."""
    if not configured():
        return
    refresh()
    _dirty.clear()


def end_session():
    if not configured():
        return
    backend = get_search_backend("default")
    prefix = settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"]
    with contextlib.suppress(Exception):  # the engine went away: nothing left to clean
        backend.es.indices.delete(index=f"{prefix}*")


def refresh():
    from offerings.models import OfferingPage

    get_search_backend("default").get_index_for_model(OfferingPage).refresh()


def _record_index_writes():
    """Record every document the engine's index writes or deletes (all backends share the
    index class's methods)."""
    if getattr(ElasticsearchBaseIndex, "_recorded", False):
        return
    add_item, add_items, delete_item = (
        ElasticsearchBaseIndex.add_item,
        ElasticsearchBaseIndex.add_items,
        ElasticsearchBaseIndex.delete_item,
    )

    # Each write is refreshed at once: tests search right after saving (a live engine
    # makes writes searchable within its refresh interval, one second).
    def recorded_add_item(self, item):
        _dirty[(type(item), item.pk)] = True
        add_item(self, item)
        if auto_refresh[0]:
            self.refresh()

    def recorded_add_items(self, model, items):
        items = list(items)
        for item in items:
            _dirty[(type(item), item.pk)] = True
        add_items(self, model, items)
        if auto_refresh[0]:
            self.refresh()

    def recorded_delete_item(self, item):
        _dirty[(type(item), item.pk)] = True
        delete_item(self, item)
        if auto_refresh[0]:
            self.refresh()

    ElasticsearchBaseIndex.add_item = recorded_add_item
    ElasticsearchBaseIndex.add_items = recorded_add_items
    ElasticsearchBaseIndex.delete_item = recorded_delete_item
    ElasticsearchBaseIndex._recorded = True


def restore_index(request):
    """Put the documents earlier tests wrote back as the (rolled back) database has them."""
    engines.reset()
    if not _dirty:
        return
    blocker = request.getfixturevalue("django_db_blocker")
    dirty = list(_dirty)
    with blocker.unblock():
        backend = get_search_backend("default")
        for model, pk in dirty:
            instance = model._default_manager.filter(pk=pk).first()
            if instance is not None:
                insert_or_update_object(instance)
            else:
                backend.get_index_for_model(model).delete_item(model(pk=pk))
        refresh()
    _dirty.clear()


def reindex(pks):
    """Index these offerings again: for tests that change rows with update() or through
    tables, which no signal reports (on the database engine this does nothing)."""
    from offerings.models import OfferingPage

    if not configured():
        return
    for page in OfferingPage.objects.filter(pk__in=list(pks)).specific():
        insert_or_update_object(page)


def failures():
    return engines.failure_count()


def check_engine_served(request, failures_before):
    if not required() or request.node.get_closest_marker("engine") is None:
        return
    if request.node.get_closest_marker("engine_down") is not None:
        return
    assert engines.failure_count() == failures_before, (
        "the search engine failed during this test and the database answered instead"
    )
