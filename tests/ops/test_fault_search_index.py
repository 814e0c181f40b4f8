"""Issue 21, rows 1 and 2: the search engine hangs while an editor publishes and unpublishes.

A private OpenSearch node (tests/ops/conftest.py) is hung with SIGSTOP: every write and query
times out. The changes are queued in the database with the change (search/indexqueue.py),
publishing stays fast, the site answers from the database; after SIGCONT, before the queue
is worked off, the engine's stale index must not put an unpublished title on any page; then
the queue's worker (django-tasks-db's Worker, run here in the test's transaction) brings the
engine up to date within 60 s, and /gezondheid/ says "beperkt" while it is behind.
"""

import itertools
import time

import pytest
from django.core.management import call_command
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from modelsearch.index import insert_or_update_object
from wagtail.search.backends import get_search_backend

from offerings.models import ContactPointPage, OfferingPage
from ops import health
from partners.models import PartnerPage
from search import engines, indexqueue
from search.backends import engine as engine_backend
from search.engines.base import Request
from search.engines.distributed import DistributedEngine
from search.finder import run_finder
from search.params import FinderQuery
from taxonomy.models import Audience, Form, Theme
from tests import engine_support
from tests.search.test_engine_degrade import SEARCHING_URLS

pytestmark = [pytest.mark.django_db, pytest.mark.engine_down]
_counter = itertools.count()
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def point_at(settings, engine, prefix, timeout):
    settings.SEARCH_URL = engine.url
    backends = {name: dict(config) for name, config in settings.WAGTAILSEARCH_BACKENDS.items()}
    backends["default"] = {
        **backends["default"],
        "URLS": [engine.url],
        "TIMEOUT": timeout,
        "INDEX_PREFIX": prefix,
    }
    settings.WAGTAILSEARCH_BACKENDS = backends
    engine_backend.forget()
    engines.reset()
    indexqueue.forget_checked_indexes()


@pytest.fixture
def on_private_engine(settings, private_engine):
    prefix = f"fault{next(_counter)}_{int(time.time())}_"
    settings.TASKS = DATABASE_QUEUE
    point_at(settings, private_engine, prefix, timeout=30)
    call_command("ensure_search_index", verbosity=0)  # creates the index and fills it
    refresh()
    engine_ids()  # warm: a fresh index's first searches are slow on a busy machine
    # A hung engine costs each request this long before the database answers.
    point_at(settings, private_engine, prefix, timeout=2)
    yield private_engine
    private_engine.resume()
    point_at(settings, private_engine, prefix, timeout=30)
    get_search_backend("default").es.indices.delete(index=prefix + "*")
    engine_backend.forget()
    engines.reset()
    indexqueue.forget_checked_indexes()


def drop(backend, index):
    """Delete the index (update_index made it an alias of a concrete index)."""
    backend.es.indices.delete(index=f"{index.name}*")
    assert not index.exists()


def refresh():
    get_search_backend("default").get_index_for_model(OfferingPage).refresh()


def new_offering(title):
    parent = PartnerPage.objects.get(slug="vng")
    page = ContactPointPage(
        title=title,
        slug=f"storing-{next(_counter)}",
        summary="Aanbod gepubliceerd tijdens een storing van de zoekmachine.",
        form=Form.objects.get(slug="vraagbaak"),
        email="test@example.org",
    )
    page.themes = list(Theme.objects.filter(slug="inclusie"))
    page.audiences = list(Audience.objects.filter(slug="communicatieadviseurs"))
    parent.add_child(instance=page)
    page.save_revision().publish()
    insert_or_update_object(page)  # as Wagtail's signal handlers do after the commit
    return page


def engine_ids():
    """Every offering id the engine's index holds as public (its own answer, unchecked)."""
    selection = DistributedEngine(engines.distributed_backend()).select(Request())
    return set(selection.page_ids("titel", [], 0, 500))


def finder_total():
    with engines.forced("distributed"):
        return run_finder(FinderQuery()).total


def index_rows():
    return DBTaskResult.objects.filter(task_path=indexqueue.sync_document.module_path)


def work_queue(until):
    """What `manage.py db_worker` does with each ready row, in the test's transaction."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
    )
    while time.monotonic() < until:
        row = DBTaskResult.objects.ready().filter(backend_name="default").first()
        if row is None:
            return
        row.claim("test")
        worker.run_task(row)


def test_publishing_while_the_engine_hangs_is_queued_and_caught_up_without_a_command(
    client, on_private_engine, monkeypatch
):
    engine = on_private_engine
    ids = engine_ids()
    live = OfferingPage.objects.live().filter(pk__in=ids)
    # The first by title (the finder's first page) and the newest (the feed's, the API's).
    first = live.order_by("title").first()
    gone = [first, live.exclude(pk=first.pk).order_by("-first_published_at").first()]
    assert len({page.pk for page in gone}) == 2

    engine.hang()
    started = time.monotonic()
    added = [new_offering(f"Storingsaanbod nummer {n}") for n in range(5)]
    for page in gone:
        page.specific.unpublish()
    publishing = time.monotonic() - started
    # A few hundred more changes (each save of an indexed page enqueues one like these).
    for _ in range(3):
        for page in OfferingPage.objects.live().specific():
            insert_or_update_object(page)
    # Nothing waited for the hung engine: each write is a queued row (was 4.5-7 s a publish).
    assert publishing < 5 * 2.0, publishing
    waiting, _oldest = indexqueue.backlog()
    assert waiting >= 250
    print(f"\n5 publishes and 2 unpublishes with the engine hung: {publishing:.1f} s")

    # The worker tries: the first attempt times out, the rest wait for the retry.
    work_queue(until=time.monotonic() + 20)
    assert indexqueue.backlog()[0] >= 250
    assert not index_rows().filter(status="FAILED").exists()

    # The site answers from the database meanwhile, without the unpublished offerings.
    response = client.get("/aanbod/")
    assert response.status_code == 200
    text = response.content.decode()
    assert not any(page.title in text for page in gone)
    monkeypatch.setattr(health, "INDEX_BEHIND_AFTER", 0)
    time.sleep(1)
    body = client.get("/gezondheid/").json()
    assert body["status"] == "beperkt"
    assert body["checks"]["zoekindex"]["status"] == "fout"
    assert body["checks"]["zoekindex"]["wachtrij"] >= 7

    # The engine is back but still holds its old index: the unpublished offerings are live there.
    engine.resume()
    engines.reset()
    assert {page.pk for page in gone} <= engine_ids()  # stale: still public in the index
    failures = engines.failure_count()
    for url, params in (
        ("/aanbod/", {}),
        ("/aanbod/", {"sortering": "titel"}),
        ("/aanbod/feed/", {}),
        ("/api/v2/offerings/", {"limit": 100}),
    ):
        response = client.get(url, params)
        assert response.status_code == 200, url
        text = response.content.decode()
        for page in gone:
            assert page.title not in text, (url, page.title)
    assert engines.failure_count() == failures  # the engine answered those

    # No command: the worker's retries bring the engine up to date. (Without the test
    # suite's refresh after every single write, which a live engine does once a second.)
    monkeypatch.setattr(engine_support, "auto_refresh", [False])
    caught_up = time.monotonic()
    deadline = caught_up + 60
    while indexqueue.backlog()[0] and time.monotonic() < deadline:
        work_queue(until=deadline)
        time.sleep(0.5)
    assert indexqueue.backlog()[0] == 0
    assert time.monotonic() - caught_up < 60
    print(f"engine caught up on {waiting} changes {time.monotonic() - caught_up:.1f} s after it answered")
    refresh()
    ids = engine_ids()
    assert {page.pk for page in added} <= ids
    assert not {page.pk for page in gone} & ids
    assert not index_rows().exists()  # done rows are removed
    body = client.get("/gezondheid/").json()
    assert body["checks"]["zoekindex"]["status"] == "ok"
    assert body["checks"]["search"]["status"] == "ok"


def test_a_missing_index_is_created_with_its_mapping_before_the_first_write(on_private_engine):
    backend = get_search_backend("default")
    index = backend.get_index_for_model(OfferingPage)
    drop(backend, index)
    indexqueue.forget_checked_indexes()
    page = new_offering("Eerste aanbod in een lege index")
    work_queue(until=time.monotonic() + 60)  # the worker's first write creates the index
    refresh()
    mapping = backend.es.indices.get_mapping(index=index.name)
    properties = next(iter(mapping.values()))["mappings"]["properties"]
    assert properties["live_filter"]["type"] == "boolean"
    assert page.pk in engine_ids()


def test_a_wrongly_mapped_index_is_reported_and_repaired(on_private_engine, client):
    backend = get_search_backend("default")
    index = backend.get_index_for_model(OfferingPage)
    drop(backend, index)
    # What a first write did before: the engine guesses the field types from a document.
    page = OfferingPage.objects.live().first().specific
    mapping = backend.mapping_class(type(page))
    backend.es.index(index=index.name, id=mapping.get_document_id(page), body=mapping.get_document(page))
    with pytest.raises(Exception, match="Verkeerde mapping"):
        call_command("ensure_search_index", verbosity=0)
    engines.reset()
    assert client.get("/gezondheid/").json()["checks"]["search"]["status"] == "fout"
    call_command("ensure_search_index", repair=True, verbosity=0)
    refresh()
    engines.reset()
    assert finder_total() > 0
    assert client.get("/gezondheid/").json()["checks"]["search"]["status"] == "ok"


def test_every_searching_url_answers_while_the_engine_hangs(client, on_private_engine):
    """kill -STOP of the engine node: every public URL that searches answers from the
    database within its timeout, never a 5xx (the handbook's search answered 500)."""
    for url, params in SEARCHING_URLS:
        assert client.get(url, params).status_code == 200, url
    on_private_engine.hang()
    engines.reset()
    started = time.monotonic()
    for url, params in SEARCHING_URLS:
        response = client.get(url, params)
        assert response.status_code == 200, url
    assert engines.failure_count() >= 1
    # One request waited for the timeout (2 s); the engine rests after that.
    assert time.monotonic() - started < 2 * 3 + 10
    chapters = client.get("/handboek/zoeken/", {"q": "demonstratie"}).context["results_page"]
    assert chapters.paginator.count > 0
