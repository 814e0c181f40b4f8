"""Trainings in a period (?vanaf=/?tot=) and the "binnenkort" order: one rule, three forms.

`in_period` decides for one offering (the facet index), `in_period_q` is the same rule as a
query filter, `engine_filters` as a distributed engine's filter clauses, and `upcoming_key` /
`engine_upcoming_sort` give "binnenkort" in memory and as an engine's sort.
tests/search/test_finder.py and the engine parity test check them against each other.
"""

import datetime
import textwrap

from django.db.models import Q

from taxonomy.kinds import Kind


def in_period(kind, start, end, starts_from, starts_until):
    """Whether an offering counts for ?vanaf=/?tot=: a training whose dates overlap the
    period (a one-day training has no end date), or an ongoing training (no dates: you can
    join at any time). Publications and contact points have no period."""
    if kind != Kind.TRAINING:
        return False
    if start is None:
        return True
    last = end or start
    return (starts_until is None or start <= starts_until) and (starts_from is None or last >= starts_from)


def in_period_q(starts_from, starts_until):
    """in_period as a query filter."""
    dated = Q(start_date__isnull=False)
    if starts_until is not None:
        dated &= Q(start_date__lte=starts_until)
    if starts_from is not None:
        dated &= Q(end_date__gte=starts_from) | Q(end_date__isnull=True, start_date__gte=starts_from)
    return Q(kind=Kind.TRAINING) & (Q(start_date__isnull=True) | dated)


def engine_filters(column, starts_from, starts_until):
    """in_period as filter clauses of an OpenSearch/Elasticsearch query; `column(name)` gives
    the index column of an OfferingPage filter field."""
    start, end = column("start_date"), column("end_date")
    dated = [{"exists": {"field": start}}]
    if starts_until is not None:
        dated.append({"range": {start: {"lte": starts_until.isoformat()}}})
    if starts_from is not None:
        since = starts_from.isoformat()
        no_end_starts_since = {
            "bool": {"must_not": {"exists": {"field": end}}, "filter": {"range": {start: {"gte": since}}}}
        }
        dated.append({"bool": {"should": [{"range": {end: {"gte": since}}}, no_end_starts_since]}})
    undated = {"bool": {"must_not": {"exists": {"field": start}}}}
    return [
        {"term": {column("kind"): Kind.TRAINING.value}},
        {"bool": {"should": [undated, {"bool": {"filter": dated}}]}},
    ]


def upcoming_key(kind, start, end, today):
    """The "binnenkort" group and date of one offering: trainings that have not ended,
    soonest start first (those already running first of all); then ongoing trainings; then
    the rest; ended trainings last. Ties keep title order."""
    if kind != Kind.TRAINING:
        return (2, datetime.date.min)
    if end is not None and end < today:
        return (3, start or datetime.date.min)
    if start is None:
        return (1, datetime.date.min)
    return (0, start)


# upcoming_key's group in the engine's scripting language (Painless: OpenSearch and
# Elasticsearch alike); dates are compared as epoch milliseconds of their UTC midnight.
UPCOMING_GROUP_SCRIPT = textwrap.dedent(
    """
    if (doc[params.kind].size() == 0 || doc[params.kind].value != params.training) { return 2; }
    if (doc[params.end].size() != 0 && doc[params.end].value.toInstant().toEpochMilli() < params.today) {
      return 3;
    }
    if (doc[params.start].size() == 0) { return 1; }
    return 0;
    """
).strip()


def engine_upcoming_sort(column, today):
    """upcoming_key as the leading keys of an engine's `sort` (title and id follow): the
    group by script, then the start date, a missing one first (upcoming_key's date.min)."""
    midnight = datetime.datetime.combine(today, datetime.time(), tzinfo=datetime.UTC)
    params = {
        "kind": column("kind"),
        "training": Kind.TRAINING.value,
        "start": column("start_date"),
        "end": column("end_date"),
        "today": int(midnight.timestamp() * 1000),
    }
    group = {"type": "number", "order": "asc", "script": {"source": UPCOMING_GROUP_SCRIPT, "params": params}}
    return [{"_script": group}, {column("start_date"): {"order": "asc", "missing": "_first"}}]
