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


# A cold page (no card kept: just after a publish moved the catalogue stamp) reads its
# offerings with their kinds' own facts in one query, the sessions only when trainings are
# shown, and the publications' authors and publishers. Main at edf8871 read 6 on the
# unfiltered page (a query per kind shown, the sessions twice).
MAX_OWN_COLD = 4


def own_reads(queries):
    """The finder's reads of offerings, their kinds' tables, sessions and credits."""
    tables = ("offerings_offeringpage", "offerings_trainingsession", "offerings_publication")
    return [sql for sql in queries if any(f'FROM "{table}' in sql for table in tables)]


def test_a_cold_page_reads_offerings_and_facts_in_few_queries(client, shared_like_production, settings):
    settings.FRAGMENT_CACHE_SECONDS = 0  # every card rendered, as right after a publish
    client.get("/aanbod/?pagina=2")  # the facet index built, as on a running site
    response, queries = queries_of(client, "/aanbod/")
    html = response.content.decode()
    assert html.count('<li class="result') == 20
    for shown in ("Verschenen", "registration--", "Bereikbaar"):  # every kind's facts
        assert shown in html, shown
    assert len(own_reads(queries)) <= MAX_OWN_COLD, [sql[:80] for sql in own_reads(queries)]
    _response, queries = queries_of(client, "/aanbod/?soort=publicatie")
    assert not [sql for sql in queries if 'FROM "offerings_trainingsession"' in sql]
