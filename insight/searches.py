"""Demand as the search log shows it: searches of the last N days that found nothing or very
little, zero-result searches grouped by the Dutch normaliser's keys (so "opvanglocatie azc"
and "opvanglocaties azc" are one gap) with the closest live offerings, and the trend per week."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Max, Min, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from insight.models import MissingOfferReport
from search import dutch
from search.models import SearchQueryDay
from search.visibility import public_offerings

MAX_ROWS = 50
MAX_GROUPS = 10  # zero-result groups with closest offerings: one query each
CLOSEST = 3


def period_start(days, today):
    return today - datetime.timedelta(days=days - 1)


def low_result_searches(days, max_results, today):
    since = period_start(days, today)
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


@dataclass
class ZeroResultGroup:
    key: str
    queries: dict = field(default_factory=dict)  # query -> times searched
    last_day: datetime.date | None = None
    closest: list = field(default_factory=list)

    @property
    def searches(self):
        return sum(self.queries.values())

    @property
    def label(self):
        return max(self.queries.items(), key=lambda pair: (pair[1], -len(pair[0])))[0]

    @property
    def variants(self):
        return sorted(q for q in self.queries if q != self.label)


def group_key(query):
    """The normaliser's keys of a query, sorted: word order and inflection do not matter.

    A compound counts by its parts (opvang+locatie), so its singular and plural meet even
    where the normaliser keys them apart ("opvanglocatie" / "opvanglocaties")."""
    parts = set()
    for raw, folded in dutch.word_pairs(query):
        if folded in dutch.STOP_WORDS:
            continue
        analysis = dutch.analyse(folded, raw)
        parts.add("+".join(analysis.split) if analysis.split else analysis.key)
    return " ".join(sorted(parts)) or query.strip().lower()


def zero_result_groups(days, today, with_closest=True):
    since = period_start(days, today)
    rows = (
        SearchQueryDay.objects.filter(day__gte=since, day__lte=today, result_count=0)
        .values("query")
        .annotate(searches=Sum("searches"), last_day=Max("day"))
    )
    groups = {}
    for row in rows:
        group = groups.setdefault(group_key(row["query"]), ZeroResultGroup(group_key(row["query"])))
        group.queries[row["query"]] = group.queries.get(row["query"], 0) + row["searches"]
        group.last_day = max(filter(None, [group.last_day, row["last_day"]]))
    ordered = sorted(groups.values(), key=lambda g: (-g.searches, g.label))
    if with_closest and ordered:
        texts = [" ".join(group.queries) for group in ordered[:MAX_GROUPS]]
        for group, closest in zip(ordered, closest_offerings(texts), strict=False):
            group.closest = closest
    return ordered


def closest_offerings(texts, limit=CLOSEST):
    """For each text, the live offerings sharing most of its tokens (keys and compound parts)
    with their stored title and summary stems: what the catalogue has nearest to a search
    that found nothing. One query for all texts (the stems of the public offerings)."""
    wanted = [set(dutch.tokens(text)) for text in texts]
    if not any(wanted):
        return [[] for _text in texts]
    candidates = [
        (pk, title, set(f"{title_stems} {summary_stems}".split()))
        for pk, title, title_stems, summary_stems in public_offerings().values_list(
            "pk", "title", "search_title_stems", "search_summary_stems"
        )
    ]
    results = []
    for tokens in wanted:
        scored = sorted(
            ((len(tokens & stems), title, pk) for pk, title, stems in candidates if tokens & stems),
            key=lambda entry: (-entry[0], entry[1]),
        )
        results.append([{"pk": pk, "title": title, "shared": n} for n, title, pk in scored[:limit]])
    return results


def weekly_trend(days, today):
    """Per ISO week in the period: searches, searches without results, needs reported."""
    since = period_start(days, today)
    weeks = {}

    def week(day):
        monday = day - datetime.timedelta(days=day.weekday())
        return weeks.setdefault(monday, {"week": monday, "searches": 0, "zero": 0, "needs": 0})

    for day, searches, zero in (
        SearchQueryDay.objects.filter(day__gte=since, day__lte=today)
        .values("day")
        .annotate(
            n=Sum("searches"),
            z=Coalesce(Sum("searches", filter=Q(result_count=0)), 0),
        )
        .values_list("day", "n", "z")
    ):
        row = week(day)
        row["searches"] += searches
        row["zero"] += zero
    for created in MissingOfferReport.objects.filter(created_at__date__gte=since).values_list(
        "created_at", flat=True
    ):
        week(timezone.localtime(created).date())["needs"] += 1
    return [weeks[key] for key in sorted(weeks)]
