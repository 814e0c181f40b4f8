"""Issue 21, row 5: a page goes live while the finder's facet index is being built.

The index used to read the catalogue in two queries (title order, then newest order); a page
that went live between them was in the second and not the first: KeyError, a 500 on /aanbod/.
Here the second writer acts at exactly that moment, from inside the build (a query wrapper
on the same connection, so it runs the same on SQLite and PostgreSQL), and in a second
thread that publishes over its own connection while the index is rebuilt again and again.
"""

import threading

import pytest
from django.db import connection

from offerings.models import OfferingPage
from search import facetindex

pytestmark = pytest.mark.django_db


def test_a_page_going_live_during_the_build_is_no_keyerror(client):
    late = OfferingPage.objects.live().order_by("-first_published_at").first()
    OfferingPage.objects.filter(pk=late.pk).update(live=False)
    fired = []

    def goes_live_after_the_first_read(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not fired and "search_title_stems" in sql:
            fired.append(sql)
            OfferingPage.objects.filter(pk=late.pk).update(live=True)
        return result

    with connection.execute_wrapper(goes_live_after_the_first_read):
        index = facetindex.build_index(facetindex.catalogue_stamp())
    assert fired
    assert late.pk not in index.positions  # the next stamp brings it in
    assert sorted(index.newest) == list(range(len(index.pks)))
    response = client.get("/aanbod/", {"sortering": "nieuw"})
    assert response.status_code == 200
    assert late.pk in {item.pk for item in response.context["result"].items}


def test_publishing_in_a_thread_while_the_index_rebuilds(client):
    """The process-wide index is rebuilt in this thread while another thread's connection
    unpublishes and republishes an offering (committed, as a real editor's). PostgreSQL only:
    SQLite's in-memory test database shares one cache between threads, where a write during
    another thread's read fails at once ("table is locked") instead of waiting; the
    deterministic test above covers SQLite."""
    if connection.vendor != "postgresql":
        pytest.skip("threads over separate connections need PostgreSQL's test database")
    target = OfferingPage.objects.live().order_by("pk").first().pk
    errors, stop = [], threading.Event()

    def editor():
        try:
            for _ in range(30):
                OfferingPage.objects.filter(pk=target).update(live=False)
                OfferingPage.objects.filter(pk=target).update(live=True)
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            OfferingPage.objects.filter(pk=target).update(live=True)
            connection.close()
            stop.set()

    def reader():
        try:
            while not stop.is_set():
                facetindex.build_index(None)
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=editor), threading.Thread(target=reader)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
