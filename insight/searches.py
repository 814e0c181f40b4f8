"""Searches of the last N days that found nothing or very little (from the finder's query log)."""

import datetime

from django.db.models import Count, Max, Min, Sum

from search.models import SearchQueryDay

MAX_ROWS = 50


def low_result_searches(days, max_results, today):
    since = today - datetime.timedelta(days=days - 1)
    return list(
        SearchQueryDay.objects.filter(day__gte=since, day__lte=today, result_count__lte=max_results)
        .values("query")
        .annotate(
            searches=Sum("searches"),
            days=Count("pk"),
            last_day=Max("day"),
            fewest_results=Min("result_count"),
            most_results=Max("result_count"),
        )
        .order_by("-searches", "query")[:MAX_ROWS]
    )
