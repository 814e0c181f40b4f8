"""core/counters.py: one counter row per key, however requests interleave."""

from unittest import mock

import pytest
from django.db.models import F
from django.db.models.query import QuerySet

from core.counters import update_or_insert
from search.models import SearchQueryDay

pytestmark = pytest.mark.django_db

DAY = "2001-01-01"  # no demo rows on that day


def bump(query):
    rows = SearchQueryDay.objects.filter(day=DAY, query=query)
    update_or_insert(rows, {"searches": F("searches") + 1}, day=DAY, query=query, searches=1, result_count=0)


def test_the_first_hit_inserts_and_later_hits_update():
    bump("jongerenwerk")
    bump("jongerenwerk")
    bump("jongerenwerk")
    assert list(SearchQueryDay.objects.filter(day=DAY).values_list("query", "searches")) == [
        ("jongerenwerk", 3)
    ]


def test_a_row_inserted_by_a_concurrent_request_is_updated_not_duplicated():
    SearchQueryDay.objects.create(day=DAY, query="wijkteam", searches=1, result_count=0)
    real_update = QuerySet.update
    calls = []

    def update(self, **changes):
        calls.append(changes)
        # The first UPDATE ran before the other request's INSERT committed: it found nothing.
        return 0 if len(calls) == 1 else real_update(self, **changes)

    with mock.patch.object(QuerySet, "update", update):
        bump("wijkteam")
    assert len(calls) == 2
    assert list(SearchQueryDay.objects.filter(day=DAY).values_list("query", "searches")) == [("wijkteam", 2)]
