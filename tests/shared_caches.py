"""Requests as production serves them, for tests that write nothing: the facet index and the
shared fragments kept between requests (search/facetindex.py, search/fragments.py).

A test runs inside a transaction, so both are normally read afresh for every request (its
own uncommitted writes could be rolled back). The demo content is committed before the
tests start; a test that only reads it sees what a production request sees, and may use the
process-wide index and the shared cache as production does (`facetindex.shareable`).
"""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from offerings.models import OfferingPage
from partners.models import PartnerPage
from search import facetindex

# The finder's filters a visitor ticks (bench/pages.py asks the same ones).
FACETS = ("soort", "thema", "doelgroep", "fase", "kosten", "partner", "vorm")


@pytest.fixture
def shared_like_production(monkeypatch):
    monkeypatch.setattr(facetindex, "shareable", lambda: True)
    cache.clear()
    facetindex.clear()
    yield
    cache.clear()
    facetindex.clear()


def queries_of(client, url):
    """(response, SQL statements) of one GET."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return response, [query["sql"] for query in captured]


def filter_options(client):
    """(name, value) of every filter checkbox the finder offers."""
    html = client.get("/aanbod/").content.decode()
    options = sorted(set(re.findall(r'name="([a-z]+)" value="([^"]+)"', html)))
    return [(name, value) for name, value in options if name in FACETS]


def warm_every_offering(client, listing):
    """Ask the unfiltered listing page by page, so that every offering's shared fragment
    (finder card, API item) is kept: what a busy site has after a while."""
    for number in range(1, 10):
        if listing == "finder":
            client.get(f"/aanbod/?pagina={number}")
        else:
            client.get(f"/api/v2/offerings/?limit=20&offset={20 * (number - 1)}")


def loaded_ids(queries):
    """Ids of the offerings whose rows the finder or the API loaded (search.finder._load_page:
    the page's offerings with their summary, by id)."""
    ids = set()
    for sql in queries:
        if '"offerings_offeringpage"."summary"' in sql:
            for found in re.findall(r'"page_ptr_id" IN \(([\d, ]+)\)', sql):
                ids.update(int(pk) for pk in found.split(","))
    return ids


def two_of_one_partner():
    """(A, B, the partner's finder URL): two public offerings shown on one finder page."""
    for partner in PartnerPage.objects.live().public().order_by("pk"):
        offerings = list(OfferingPage.objects.live().public().child_of(partner).order_by("title", "pk"))
        if 2 <= len(offerings) <= 20:
            return offerings[0].specific, offerings[1].specific, f"/aanbod/?partner={partner.slug}&verlopen=1"
    raise AssertionError("the demo has a partner with a few offerings")


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision(log_action=True).publish()
