"""Trainings in a period (?vanaf=/?tot=) and the "binnenkort" order: one rule, three forms.

`in_period` decides for one offering (the facet index), `in_period_q` is the same rule as a
query filter, `engine_filters` as a distributed engine's filter clauses, and `upcoming_key` /
`upcoming_order` give "binnenkort" in memory and in SQL. tests/search/test_finder.py checks
them against each other through the finder.
"""

import datetime

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils import timezone

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


def upcoming_order():
    """upcoming_key as `order_by` arguments."""
    today = timezone.localdate()
    group = Case(
        When(Q(kind=Kind.TRAINING, end_date__lt=today), then=Value(3)),
        When(Q(kind=Kind.TRAINING, start_date__isnull=False), then=Value(0)),
        When(kind=Kind.TRAINING, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return [group, "start_date", "title", "pk"]
