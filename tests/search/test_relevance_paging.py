"""Relevance order, page by page: the finder ranks only the score groups a page reaches
(search/finder.py, relevance_slice), and must give exactly the full ranking."""

import pytest
from django.http import QueryDict

from search.engines.database import search_ids
from search.params import FinderQuery
from search.text import parse_text
from search.visibility import public_offerings

pytestmark = pytest.mark.django_db


def full_ranking(text, query):
    """Every match ranked by the backend, then by title/summary hits, restricted to what
    the finder shows (live, public, current)."""
    visible = set(public_offerings(query.include_expired).values_list("pk", flat=True))
    return [
        pk for pk in search_ids(parse_text(text), public_offerings(query.include_expired)) if pk in visible
    ]


WORDS = ["gemeente", "radicalisering", "jongeren", "gemeente radicalisering", "polarisatie"]


@pytest.mark.parametrize("text", WORDS)
@pytest.mark.parametrize("limit", [1, 3, 7])
def test_pages_in_relevance_order_equal_the_full_ranking(text, limit):
    from search.finder import run_finder

    query = FinderQuery.from_querydict(QueryDict(f"q={text}"))
    expected = full_ranking(text, query)
    assert len(expected) > limit  # the words must match several offerings to test paging
    paged = []
    for offset in range(0, len(expected), limit):
        paged += [item.pk for item in run_finder(query, offset=offset, limit=limit).items]
    assert paged == expected


def test_title_hits_come_first_on_a_later_page_too(make_offering):
    from search.finder import run_finder

    in_body = [make_offering(f"Aanbod nummer {n}", body="Over zeldzaamwoordje.") for n in range(4)]
    in_title = make_offering("Zeldzaamwoordje in de titel")
    query = FinderQuery.from_querydict(QueryDict("q=zeldzaamwoordje"))
    first = run_finder(query, offset=0, limit=2).items
    rest = run_finder(query, offset=2, limit=3).items
    assert first[0].pk == in_title.pk
    assert {item.pk for item in first[1:] + rest} == {page.pk for page in in_body}
