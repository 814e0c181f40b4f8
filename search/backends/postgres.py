"""Wagtail's PostgreSQL search backend, matching through the GIN indexes.

Wagtail matches with `(title || body) @@ query`: the concatenated tsvector cannot use
the GIN indexes on `title` and `body`, so every index entry of the model is read,
de-TOASTed and concatenated on every search (about 50 ms at 10,000 offerings, growing
with the catalogue). For queries built from words with AND and OR, which is everything
the finder and the site search send, `(title || body) @@ q` holds exactly when the same
AND/OR tree holds with each word tested as `title @@ word OR body @@ word`, and that form
the planner answers from the GIN indexes. Anything else (NOT, phrases, boosts, fuzzy)
keeps Wagtail's own query. Ranking is unchanged: the same ts_rank expression orders
the (far fewer) rows that match.
"""

import operator
import re
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db.models import Q
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import And, Or, PlainText


def _word_condition(word, config):
    query = SearchQuery(Lexeme(word), search_type="raw", config=config)
    return Q(index_entries__title=query) | Q(index_entries__body=query)


def index_condition(query, config):
    """A Q over the index entries equivalent to `(title || body) @@ query`, or None when
    the query holds parts that cannot be split per word (NOT, phrases, boosts, ...)."""
    if isinstance(query, PlainText):
        words = [word for word in re.split(r"[\s\-]+", query.query_string) if word]
        return _combine([_word_condition(word, config) for word in words], query.operator == "and")
    if isinstance(query, (And, Or)):
        conditions = [index_condition(subquery, config) for subquery in query.subqueries]
        if None in conditions:
            return None
        return _combine(conditions, isinstance(query, And))
    return None


def _combine(conditions, all_of):
    if not conditions:
        return None
    return reduce(operator.and_ if all_of else operator.or_, conditions)


class IndexedPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        condition = index_condition(self.query, config) if self.fields is None else None
        if condition is None:
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        vectors = self.get_search_vectors(self.build_tsquery(self.query, config=config))
        rank_expression = self._build_rank_expression(vectors, config)
        # One filter() call, so both fields and all words share the one index entry join.
        queryset = self.queryset.filter(condition)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)


class IndexedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = IndexedPostgresSearchQueryCompiler
