"""The finder on Elasticsearch: runs only with ELASTICSEARCH_URL set (and the settings
then select the elasticsearch9 backend); skips with that reason otherwise.

Run: ELASTICSEARCH_URL=http://localhost:9200 pytest tests/search/test_elasticsearch.py
"""

import os

import pytest
from django.core.management import call_command
from django.http import QueryDict

from search import elastic
from search.finder import DIMENSIONS, run_finder
from search.params import FinderQuery

pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason="ELASTICSEARCH_URL is not set: the Elasticsearch finder tests need a live cluster",
    ),
    pytest.mark.django_db(transaction=False),
]


@pytest.fixture(scope="module")
def indexed(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("update_index", verbosity=0)
        from offerings.models import OfferingPage

        elastic.backend().get_index_for_model(OfferingPage).refresh()


def test_backend_is_elasticsearch(indexed):
    assert elastic.is_active()


def test_dutch_word_forms_match(indexed):
    a = {item.pk for item in run_finder(FinderQuery(q="radicaliseren"), limit=500).items}
    b = {item.pk for item in run_finder(FinderQuery(q="geradicaliseerde"), limit=500).items}
    assert a and a == b


def test_aggregation_counts_equal_the_database_counts(indexed, monkeypatch):
    query = FinderQuery.from_querydict(QueryDict("thema=radicalisering&thema=polarisatie&soort=training"))
    on_es = run_finder(query)
    monkeypatch.setattr(elastic, "is_active", lambda: False)  # same query, counts by SQL
    on_db = run_finder(query)
    assert on_es.total == on_db.total
    for es_facet, db_facet in zip(on_es.facets, on_db.facets, strict=True):
        assert [(v.slug, v.count) for v in es_facet.values] == [(v.slug, v.count) for v in db_facet.values]


def test_terms_aggregations_return_every_bucket(indexed):
    # Twelve partners: more than Elasticsearch's default of 10 buckets (wagtail#5668).
    matched = elastic.search(FinderQuery(), None, {}, [], DIMENSIONS)
    assert len(matched.counts["partner"]) == len(DIMENSIONS["partner"].options())


def test_odd_queries_do_not_error(indexed):
    for q in ['"', "-", "AND OR", "x" * 10_000, "\x00", "🙂"]:
        data = QueryDict(mutable=True)
        data["q"] = q
        assert run_finder(FinderQuery.from_querydict(data)).total >= 0
