"""The search log: per day, each normalised query once, with its count and last result
count. No IP addresses, users or sessions.

Bounded on purpose (unlike search_promotions' Query.get(), which stores every distinct
string a bot sends): queries are normalised and capped in length, each day keeps at most
SEARCH_LOG_MAX_QUERIES_PER_DAY distinct rows (the rest is counted under one overflow
row), and rows older than SEARCH_LOG_DAYS are pruned when a new day starts.
"""

import datetime

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from core.counters import update_or_insert
from search import dutch
from search.models import MAX_LOGGED_QUERY_LENGTH, SearchQueryDay

OVERFLOW_QUERY = "(overige zoekvragen)"


def normalise_for_log(text):
    """Lower case, folded, only words: 'Radicalisering!!  Jongeren' -> 'radicalisering jongeren'."""
    return " ".join(dutch.words(text))[:MAX_LOGGED_QUERY_LENGTH].strip()


def log_search(text, result_count, day=None):
    query = normalise_for_log(text)
    if not query:
        return None
    day = day or timezone.localdate()
    rows = SearchQueryDay.objects.filter(day=day)
    if not rows.filter(query=query).exists():
        distinct_today = rows.count()
        if distinct_today == 0:
            prune(day)
        if distinct_today >= settings.SEARCH_LOG_MAX_QUERIES_PER_DAY:
            query = OVERFLOW_QUERY
    update_or_insert(
        rows.filter(query=query),
        {"searches": F("searches") + 1, "result_count": result_count},
        day=day,
        query=query,
        searches=1,
        result_count=result_count,
    )
    return query


def prune(today=None):
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=settings.SEARCH_LOG_DAYS)
    return SearchQueryDay.objects.filter(day__lt=cutoff).delete()[0]
