"""What a miss of the front cache costs the finder in queries: a filter combination nobody
asked before, on a site that has shown every offering before (shared fragments kept, the
facet index built), as production serves it. bench/pages.py measures its CPU time."""

import pytest

from tests.shared_caches import filter_options, queries_of, shared_like_production, warm_every_offering

__all__ = ["shared_like_production"]  # the fixture, used by name

pytestmark = pytest.mark.django_db

# Main at 7d561e6 spent 14 (routing, the public rule's lists, the catalogue stamp twice, the
# page of offerings and the facts of each kind shown, though every card was kept).
MAX_QUERIES = 9


def stamp_reads(queries):
    return [sql for sql in queries if 'SELECT MAX(id) FROM "wagtailcore_pagelogentry"' in sql]


def test_a_new_filter_combination_costs_few_queries(client, shared_like_production):
    warm_every_offering(client, "finder")
    options = filter_options(client)
    assert len(options) > 10
    counts = []
    for name, value in (options[1], options[len(options) // 2], options[-2]):
        response, queries = queries_of(client, f"/aanbod/?{name}={value}")
        html = response.content.decode()
        assert f'value="{value}" id="f-{name}-{value}" checked' in html
        assert html.count('<li class="result') >= 1
        assert len(stamp_reads(queries)) == 1
        counts.append(len(queries))
    assert max(counts) <= MAX_QUERIES, counts
