"""Rendering a chapter costs the same number of queries with 2 or 20 publication analyses;
its further reading is read in one query whatever kinds of offering it links to."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from handbook.blocks import InternalReadingBlock
from offerings.models import ContactPointPage, PublicationPage, TrainingPage
from tests.handbook.conftest import analysis, heading


def queries_for(client, url):
    client.get(url)  # warm caches (site root paths, content types)
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_no_query_per_publication_analysis(client, make_chapter, publications):
    small = make_chapter([heading("Publicaties"), *[analysis(p) for p in publications[:2]]])
    large = make_chapter([heading("Publicaties"), *[analysis(p) for p in publications[:20]]])
    body = client.get(large.url).content.decode()
    assert all(f'id="publicatie-{p.pk}"' in body for p in publications[:20])
    large_count = queries_for(client, large.url)
    assert large_count > 5  # the capture works
    assert large_count == queries_for(client, small.url)


@pytest.mark.django_db
def test_further_reading_of_several_kinds_in_one_query():
    """The offerings a 'Verder lezen' block links to (publications, trainings, contact points
    alike) are read in one query, each as its own kind, in the editor's order; a deleted
    page stays None and a page linked twice is there twice."""
    kinds = (PublicationPage, TrainingPage, ContactPointPage)
    pages = [model.objects.live().order_by("pk").first() for model in kinds]
    chooser = InternalReadingBlock().child_blocks["page"]
    values = [pages[2].pk, pages[0].pk, 0, pages[1].pk, pages[0].pk]
    with CaptureQueriesContext(connection) as captured:
        loaded = chooser.bulk_to_python(values)
        shown = [(page.title, page.url_path, page.get_kind_display(), page.live) for page in loaded if page]
    assert len(captured) == 1, "\n".join(query["sql"] for query in captured)
    assert [type(page) for page in loaded] == [
        ContactPointPage,
        PublicationPage,
        type(None),
        TrainingPage,
        PublicationPage,
    ]
    assert [page.pk for page in loaded if page] == [pages[2].pk, pages[0].pk, pages[1].pk, pages[0].pk]
    assert loaded[1] is not loaded[4]
    assert shown[0] == (pages[2].title, pages[2].url_path, pages[2].get_kind_display(), True)
    assert loaded[1].isbn == pages[0].isbn  # a field of one kind alone is read when asked for
