"""On the distributed engine too, one offering's publish leaves the other offerings' cards
and API items kept: the engine's catalogue facts know each live offering's live revision
(search/engines/distributed.py, CatalogueFacts.live_revisions), what their keys hold
(search/fragments.py). The database engine: tests/search/test_cards_after_publish.py.

Runs with SEARCH_URL set (`make test-engine`)."""

import html

import pytest

from search import engines
from tests import engine_support
from tests.shared_caches import loaded_ids, publish, queries_of, shared_like_production, two_of_one_partner

__all__ = ["shared_like_production"]  # the fixture, used by name

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not engine_support.configured(), reason="needs SEARCH_URL (make test-engine)"),
]


def test_a_publish_leaves_the_other_cards_and_items_kept_on_the_engine(client, shared_like_production):
    first, second, finder = two_of_one_partner()
    api = finder.replace("/aanbod/", "/api/v2/offerings/")
    with engines.forced("distributed"):
        for url in (finder, api):
            client.get(url)
            assert loaded_ids(queries_of(client, url)[1]) == set(), url  # all kept
        title = f"{first.title} (bijgewerkt)"
        publish(first, title=title)
        for url in (finder, api):
            response, queries = queries_of(client, url)
            assert loaded_ids(queries) == {first.pk}, url
            assert title in html.unescape(response.content.decode()), url
            assert second.title in html.unescape(response.content.decode()), url
    assert engines.active_engine_name() == "distributed"
