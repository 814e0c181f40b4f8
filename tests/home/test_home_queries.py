"""What a miss of the front cache costs the home page in queries, as production serves it
(the facet index and the shared fragments kept). bench/pages.py measures its CPU time."""

import pytest

from tests.shared_caches import queries_of, shared_like_production

__all__ = ["shared_like_production"]  # the fixture, used by name

pytestmark = pytest.mark.django_db

# Main at 7d561e6 spent 15 (two counts over the catalogue with the public rule's three
# lists, and the questions' themes and audiences, which the page does not show).
MAX_QUERIES = 8


def test_the_home_page_costs_few_queries(client, shared_like_production):
    client.get("/")
    response, queries = queries_of(client, "/")
    html = response.content.decode()
    assert "Het aanbod telt nu" in html
    assert "?vraag=" in html
    assert len(queries) <= MAX_QUERIES, queries
