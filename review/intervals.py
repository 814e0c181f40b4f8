"""How often each kind of offering must be checked: the coordinator's ReviewInterval rows.

One definition: `stale_q` (review/reports.py, the catalogue export) and `next_review_due`
(report, edit panel) both read `cutoffs`/`interval_months` here. A kind without a row
(none after migrate, see `ensure_review_intervals`) falls back to settings.STALE_AFTER_DAYS.
"""

import calendar
import datetime

from django.conf import settings
from django.utils import timezone

from review.models import ReviewInterval, describe_months
from taxonomy.kinds import Kind

# Created once after migrate; the coordinator changes them in the admin ("Controle-intervallen").
RECOMMENDED_MONTHS = {
    Kind.TRAINING: 6,  # dates, places and prices change each season
    Kind.CONTACT_POINT: 12,  # people and phone numbers move on
    Kind.PUBLICATION: 24,  # the text does not change; check that it is still current
}


def shift_months(moment, months):
    """`moment` moved by whole calendar months, the day clamped to the month's length
    (31 March - 1 month = 28/29 February). Six lines instead of python-dateutil, which is
    not a runtime dependency."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def interval_months():
    """{kind: months} of the kinds the coordinator configured."""
    return dict(ReviewInterval.objects.values_list("kind", "months"))


def cutoffs(now=None):
    """{kind: moment}: an offering of that kind last reviewed before it (or never) is stale."""
    now = now or timezone.now()
    months = interval_months()
    fallback = now - datetime.timedelta(days=settings.STALE_AFTER_DAYS)
    return {kind: shift_months(now, -months[kind]) if kind in months else fallback for kind in Kind.values}


def next_review_due(last_reviewed_at, kind, months=None):
    """When an offering reviewed at `last_reviewed_at` is due again (None: never reviewed, due now)."""
    if last_reviewed_at is None:
        return None
    months = interval_months() if months is None else months
    if kind in months:
        return shift_months(last_reviewed_at, months[kind])
    return last_reviewed_at + datetime.timedelta(days=settings.STALE_AFTER_DAYS)


def describe(kind, months=None):
    """'elke 6 maanden' / 'elke 2 jaar' for the report and the edit panel."""
    months = interval_months() if months is None else months
    return describe_months(months.get(kind))


def ensure_review_intervals():
    """Create a row for each kind that has none, with the recommended interval; never changes
    an existing row. Idempotent (post_migrate, demo loader); returns the kinds created."""
    existing = set(ReviewInterval.objects.values_list("kind", flat=True))
    created = [kind for kind in Kind.values if kind not in existing]
    ReviewInterval.objects.bulk_create(
        ReviewInterval(kind=kind, months=RECOMMENDED_MONTHS[kind]) for kind in created
    )
    return created
