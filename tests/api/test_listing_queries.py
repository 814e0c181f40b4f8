"""What a miss of the front cache costs the API listing in queries: a filter combination
nobody asked before, on a site that has listed every offering before (shared items kept,
the facet index built), as production serves it. bench/pages.py measures its CPU time."""

import pytest

from tests.shared_caches import filter_options, queries_of, shared_like_production, warm_every_offering

__all__ = ["shared_like_production"]  # the fixture, used by name

pytestmark = pytest.mark.django_db

# Main at 7d561e6 spent 12 (the page of offerings with their taxonomy, registration states
# and the public rule's lists for the serializer, though every item was kept).
MAX_QUERIES = 4


def test_a_new_filter_combination_costs_few_queries(client, shared_like_production):
    warm_every_offering(client, "api")
    options = filter_options(client)
    assert len(options) > 10
    counts = []
    for name, value in (options[1], options[len(options) // 2], options[-2]):
        response, queries = queries_of(client, f"/api/v2/offerings/?{name}={value}")
        answer = response.json()
        assert answer["meta"]["total_count"] >= 1
        assert len(answer["items"]) == min(answer["meta"]["total_count"], 20)
        selected = [v for v in answer["facets"][name] if v["slug"] == value]
        assert selected and selected[0]["selected"]
        counts.append(len(queries))
    assert max(counts) <= MAX_QUERIES, counts
