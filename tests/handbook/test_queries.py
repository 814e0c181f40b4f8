"""Rendering a chapter costs the same number of queries with 2 or 20 publication analyses."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

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
