"""Relevance: title before summary before body, and within a field the exact word
before its lemma before a compound part."""

import pytest

from search.finder import run_finder
from search.params import FinderQuery

pytestmark = pytest.mark.django_db

MARKER = "rangordemerkzq"  # in every fixture's body, so the query finds only them


def test_onrust_ranks_offerings_about_onrust_above_one_that_mentions_it_in_the_body(make_offering):
    body = f"Demo-inhoud {MARKER}."
    exact = make_offering("Onrust in de wijk", body=body)
    lemma = make_offering("Onrustige buurten", body=body)
    part = make_offering("Buurtonrust voorkomen", body=body)
    summary = make_offering("Samen sterk", summary="Over onrust na een incident.", body=body)
    once_in_body = make_offering(
        "Een handreiking voor raadsleden",
        summary="Demo-inhoud voor een test.",
        body=f"Lange tekst over bestuur, waarin onrust een keer voorkomt. {MARKER}",
    )
    result = run_finder(FinderQuery(q=f"onrust {MARKER}"))
    assert [item.pk for item in result.items] == [
        exact.pk,
        lemma.pk,
        part.pk,
        summary.pk,
        once_in_body.pk,
    ]
