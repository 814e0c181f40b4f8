"""Trainings in a period (?vanaf=/?tot=) and the "binnenkort" order: one rule, three forms.

Both read a training's sessions (offerings.TrainingSession), not its first and last day: a
training with sessions on 12 March and 9 April is not "in" a period from 20 to 31 March.
A session is given as its (first day, last day).

`in_period` decides for one offering (the facet index), `in_period_q` is the same rule as a
query filter, `engine_filters` as a distributed engine's filter clauses (on the indexed
days of all sessions, OfferingPage.session_days), and `upcoming_key` /
`engine_upcoming_sort` give "binnenkort" in memory and as an engine's sort.
tests/search/test_finder.py and the engine parity test check them against each other.
"""

import datetime
import textwrap

from django.db.models import Exists, OuterRef, Q

from offerings.models import TrainingSession
from taxonomy.kinds import Kind


def in_period(kind, sessions, starts_from, starts_until):
    """Whether an offering counts for ?vanaf=/?tot=: a training with a session that overlaps
    the period, or an ongoing training (no sessions: you can join at any time).
    Publications and contact points have no period."""
    if kind != Kind.TRAINING:
        return False
    if not sessions:
        return True
    return any(
        (starts_until is None or first <= starts_until) and (starts_from is None or last >= starts_from)
        for first, last in sessions
    )


def in_period_q(starts_from, starts_until):
    """in_period as a query filter over OfferingPage."""
    sessions = TrainingSession.objects.filter(page_id=OuterRef("pk"))
    overlapping = sessions
    if starts_until is not None:
        overlapping = overlapping.filter(start_date__lte=starts_until)
    if starts_from is not None:
        overlapping = overlapping.filter(
            Q(end_date__gte=starts_from) | Q(end_date__isnull=True, start_date__gte=starts_from)
        )
    return Q(kind=Kind.TRAINING) & (~Exists(sessions) | Exists(overlapping))


def engine_filters(column, starts_from, starts_until):
    """in_period as filter clauses of an OpenSearch/Elasticsearch query; `column(name)` gives
    the index column of an OfferingPage filter field. A session overlaps the period exactly
    when one of its days lies in it."""
    days = column("session_days")
    period = {}
    if starts_from is not None:
        period["gte"] = starts_from.isoformat()
    if starts_until is not None:
        period["lte"] = starts_until.isoformat()
    dated = {"range": {days: period}} if period else {"exists": {"field": days}}
    undated = {"bool": {"must_not": {"exists": {"field": days}}}}
    return [
        {"term": {column("kind"): Kind.TRAINING.value}},
        {"bool": {"should": [undated, dated]}},
    ]


def upcoming_key(kind, sessions, today):
    """The "binnenkort" group and date of one offering: trainings with a session that has
    not ended, by the next day one of them takes place (today for a session under way);
    then ongoing trainings; then the rest; trainings whose sessions all ended last, by their
    first day. Ties keep title order."""
    if kind != Kind.TRAINING:
        return (2, datetime.date.min)
    if not sessions:
        return (1, datetime.date.min)
    upcoming = [max(first, today) for first, last in sessions if last >= today]
    if upcoming:
        return (0, min(upcoming))
    return (3, min(first for first, last in sessions))


# upcoming_key as one number in the engine's scripting language (Painless: OpenSearch and
# Elasticsearch alike): group * GROUP_SPAN + the date as days since 1970 (0 for groups 1
# and 2, whose dates are all date.min). The session days are sorted doc values at UTC
# midnight, so a division by a day's milliseconds is exact.
GROUP_SPAN = 10_000_000
UPCOMING_SCRIPT = textwrap.dedent(
    """
    if (doc[params.kind].size() == 0 || doc[params.kind].value != params.training) {
      return 2L * params.span;
    }
    def days = doc[params.days];
    if (days.size() == 0) { return 1L * params.span; }
    for (def day : days) {
      long epochDay = day.toInstant().toEpochMilli() / 86400000L;
      if (epochDay >= params.today) { return epochDay; }
    }
    return 3L * params.span + days[0].toInstant().toEpochMilli() / 86400000L;
    """
).strip()


def engine_upcoming_sort(column, today):
    """upcoming_key as the leading key of an engine's `sort` (title and id follow)."""
    params = {
        "kind": column("kind"),
        "training": Kind.TRAINING.value,
        "days": column("session_days"),
        "today": (today - datetime.date(1970, 1, 1)).days,
        "span": GROUP_SPAN,
    }
    script = {"source": UPCOMING_SCRIPT, "params": params}
    return [{"_script": {"type": "number", "order": "asc", "script": script}}]
