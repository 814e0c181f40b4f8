"""The search log: per day, each normalised query once, with its count and last result
count. No IP addresses, users or sessions.

Bounded on purpose (unlike search_promotions' Query.get(), which stores every distinct
string a bot sends): queries are normalised and capped in length, each day keeps at most
SEARCH_LOG_MAX_QUERIES_PER_DAY distinct rows (the rest is counted under one overflow
row), and rows older than SEARCH_LOG_DAYS are pruned when a new day starts.

A visitor's search is logged by `count_search`: at once, or, behind the front cache, from
the cache's log of the page's counting URL for every visitor it served (core/surrogate.py).
That URL holds a signed token with the normalised query and its result total, so each visit
is logged, and nobody can make up a result total (a zero-result "gap") for a query. Either
way one client logs at most SEARCH_LOG_MAX_PER_HOUR searches an hour (core/ratelimit.py).
"""

import datetime

from django.conf import settings
from django.core import signing
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from core import surrogate
from core.counters import update_or_insert
from core.ratelimit import hit, is_limited
from search import dutch
from search.models import MAX_LOGGED_QUERY_LENGTH, SearchQueryDay

OVERFLOW_QUERY = "(overige zoekvragen)"
RATE_SCOPE = "search-log"
TOKEN_SALT = "search.querylog.count"  # noqa: S105 (a signing salt, not a secret)
MAX_TOKEN_LENGTH = 1000
MAX_RESULT_COUNT = 2**31 - 1


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


def count_search(request, text, result_count):
    """A visitor's search with `result_count` results: logged now or by the front cache."""
    query = normalise_for_log(text)
    if not query:
        return
    token = signing.dumps([query, int(result_count)], salt=TOKEN_SALT, compress=True)
    url = reverse("search_count", args=[token])
    surrogate.count_or_log(request, url, lambda: record_search(request, query, result_count))


def record_search(request, text, result_count):
    """Log one search of this client, unless it logged its hourly limit already."""
    if is_limited(request, RATE_SCOPE, settings.SEARCH_LOG_MAX_PER_HOUR):
        return None
    hit(request, RATE_SCOPE)
    return log_search(text, result_count)


def read_count_token(token):
    """(query, result count) of a counting token made by `count_search`, or None."""
    if len(token) > MAX_TOKEN_LENGTH:
        return None
    try:
        query, result_count = signing.loads(token, salt=TOKEN_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(query, str) or not query or type(result_count) is not int:
        return None
    if not 0 <= result_count <= MAX_RESULT_COUNT:
        return None
    return query, result_count


def prune(today=None):
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=settings.SEARCH_LOG_DAYS)
    return SearchQueryDay.objects.filter(day__lt=cutoff).delete()[0]
