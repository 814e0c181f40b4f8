"""The query log: normalised, no personal data, bounded per day and in time."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from search.models import SearchQueryDay
from search.querylog import OVERFLOW_QUERY, log_search, normalise_for_log

pytestmark = pytest.mark.django_db


def test_normalisation():
    assert normalise_for_log("  Radicalisering!!  JONGEREN  ") == "radicalisering jongeren"
    assert normalise_for_log("<script>x</script>\x00") == "script x script"
    assert len(normalise_for_log("woord " * 100)) <= 100
    assert normalise_for_log("\"'*-") == ""


def test_searches_are_counted_per_normalised_query_and_day(client):
    client.get("/aanbod/", {"q": "Polarisatie"})
    client.get("/aanbod/", {"q": "polarisatie!"})
    client.get("/aanbod/", {"q": "polarisatie", "pagina": "2"})  # paging is not a new search
    # The demo content logs searches on earlier days; today's row is the one counted here.
    row = SearchQueryDay.objects.get(query="polarisatie", day=timezone.localdate())
    assert row.searches == 2
    assert row.result_count > 0


def test_zero_result_queries_are_logged_with_zero(client):
    client.get("/aanbod/", {"q": "qqxxzzvv"})
    assert SearchQueryDay.objects.get(query="qqxxzzvv").result_count == 0


def test_site_search_is_logged_too(client):
    client.get("/zoeken/", {"q": "handreiking"})
    assert SearchQueryDay.objects.filter(query="handreiking").exists()


def test_searching_does_not_create_promotion_query_rows(client):
    before = Query.objects.count()
    for i in range(20):
        client.get("/aanbod/", {"q": f"botquery{i}"})
    assert Query.objects.count() == before


@override_settings(SEARCH_LOG_MAX_QUERIES_PER_DAY=5)
def test_distinct_queries_per_day_are_capped():
    day = datetime.date(2026, 1, 1)
    for i in range(50):
        log_search(f"unieke vraag {i}", 1, day=day)
    rows = SearchQueryDay.objects.filter(day=day)
    assert rows.count() == 6  # 5 distinct + the overflow row
    assert rows.get(query=OVERFLOW_QUERY).searches == 45


@override_settings(SEARCH_LOG_DAYS=30)
def test_old_rows_are_pruned_when_a_new_day_starts():
    SearchQueryDay.objects.create(day=datetime.date(2025, 1, 1), query="oud", searches=1)
    SearchQueryDay.objects.create(day=datetime.date(2026, 2, 25), query="recent", searches=1)
    log_search("vandaag", 3, day=datetime.date(2026, 3, 1))
    assert not SearchQueryDay.objects.filter(query="oud").exists()
    assert SearchQueryDay.objects.filter(query="recent").exists()
