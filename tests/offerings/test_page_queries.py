"""What an uncached offering page costs in queries (issue 23, "Cheaper misses"): the pages
on its path routed in one query, its partner, form and organisations read with it, the
handbook's chapters and the public rule's lists in one query each. Bounds measured in the
test setting (no shared fragments inside the test's transaction): main before this work
asked 33 (a publication), 29 (a training) and 24 (a contact point)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from offerings.models import ContactPointPage, PublicationPage, TrainingPage

pytestmark = pytest.mark.django_db

MAX_QUERIES = {PublicationPage: 18, TrainingPage: 18, ContactPointPage: 13}


def queries_for(client, page):
    client.get(page.url)  # warm: content types, site root paths
    with CaptureQueriesContext(connection) as captured:
        response = client.get(page.url)
    assert response.status_code == 200
    assert page.title in response.text
    return [query["sql"] for query in captured]


@pytest.mark.parametrize("model", list(MAX_QUERIES))
def test_an_offering_page_stays_within_its_queries(client, model):
    page = model.objects.live().public().order_by("pk").first()
    queries = queries_for(client, page)
    assert len(queries) <= MAX_QUERIES[model], "\n".join(queries)
