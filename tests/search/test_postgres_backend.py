"""The project's PostgreSQL search backend (search/backends/postgres.py) matches through
the GIN indexes and must give exactly what Wagtail's own backend gives."""

import pytest
from django.db import connection
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from modelsearch.query import And, Not, Or, Phrase, PlainText
from wagtail.search.backends import get_search_backend

from offerings.models import OfferingPage
from search.text import parse_text

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="PostgreSQL backend tests run with DATABASE_URL set to PostgreSQL (as in .ci/run)",
    ),
]

QUERIES = [
    PlainText("radicalis"),
    PlainText("gement"),
    PlainText("jonger school", operator="and"),
    PlainText("jonger school", operator="or"),
    And([PlainText("radicalis"), Or([PlainText("jonger"), PlainText("ouder")])]),
    Or([PlainText("demonstr"), PlainText("polaris")]),
    And([PlainText("gement"), Not(PlainText("training"))]),  # NOT: Wagtail's own query
    Phrase("sociale stabiliteit"),  # phrase: Wagtail's own query
    PlainText("woordbestaatnietinhetaanbod"),
]


def ordered_ids(backend, query):
    results = backend.search(query, OfferingPage.objects.live(), order_by_relevance=True)
    return list(results.get_queryset().values_list("pk", flat=True))


def test_the_configured_backend_is_the_indexed_one():
    from search.backends.postgres import IndexedPostgresSearchBackend

    assert isinstance(get_search_backend(), IndexedPostgresSearchBackend)


@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_same_matches_in_the_same_order_as_wagtails_backend(query):
    wagtails = PostgresSearchBackend({"SEARCH_CONFIG": "simple"})
    assert ordered_ids(get_search_backend(), query) == ordered_ids(wagtails, query)


def test_words_split_over_title_and_body_still_match(make_offering):
    page = make_offering("Titelwoordeen en verder niets", body="Alleen hier bodywoordtwee.")
    query = parse_text("titelwoordeen bodywoordtwee").backend_query()
    assert ordered_ids(get_search_backend(), query) == [page.pk]


def test_word_queries_can_use_the_gin_indexes_and_others_fall_back():
    from search.backends.postgres import index_condition

    assert index_condition(parse_text("radicalisering jongeren").backend_query(), "simple") is not None
    assert index_condition(Not(PlainText("training")), "simple") is None
    assert index_condition(Phrase("sociale stabiliteit"), "simple") is None

    def where_clause(backend):
        results = backend.search(PlainText("radicalis"), OfferingPage.objects.live())
        return str(results.get_queryset().query).partition(" WHERE ")[2].partition(" ORDER BY ")[0]

    concatenated = '"wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body"'
    # Wagtail's own match concatenates the two vectors, which no index can answer ...
    assert concatenated in where_clause(PostgresSearchBackend({"SEARCH_CONFIG": "simple"}))
    # ... ours tests each indexed column on its own, which the GIN indexes answer.
    ours = where_clause(get_search_backend())
    assert concatenated not in ours
    assert '"wagtailsearch_indexentry"."title" @@' in ours and '"wagtailsearch_indexentry"."body" @@' in ours
