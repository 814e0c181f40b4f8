"""'Niet bevestigd in ronde X': the one rule for an offering left unconfirmed by a closed round.

An offering carries that state when its item in a closed round ended 'niet bevestigd' and
nobody checked it since (its last_reviewed_at is empty or older than the round's closing;
a later 'nog actueel', published update or approval clears it). The stale report, the gap
view and the exports read it here; the public page reads it only once the round's grace
period has passed (`public=True`).
"""

from django.db import router
from django.db.models import F, OuterRef, Q, Subquery
from django.utils import timezone

from core.prepared import Prepared
from review.models import ItemStatus, ReviewItem, RoundStatus


def unconfirmed_items(public=False, now=None):
    items = ReviewItem.objects.filter(
        status=ItemStatus.NOT_CONFIRMED, review_round__status=RoundStatus.CLOSED, offering__isnull=False
    ).filter(
        Q(offering__last_reviewed_at__isnull=True)
        | Q(offering__last_reviewed_at__lt=F("review_round__closed_at"))
    )
    if public:
        items = items.filter(review_round__unconfirmed_public_at__lte=now or timezone.now())
    return items


def with_unconfirmed_round(offerings, public=False, now=None):
    """Annotate OfferingPage rows with `unconfirmed_round`: the name of the latest closed round
    that left it unconfirmed (None when there is none)."""
    latest = (
        unconfirmed_items(public, now)
        .filter(offering_id=OuterRef("pk"))
        .order_by("-review_round__closed_at", "-pk")
        .values("review_round__name")[:1]
    )
    return offerings.annotate(unconfirmed_round=Subquery(latest))


def unconfirmed_by_offering(offering_ids=None, public=False, now=None):
    """{offering id: round name} of the latest round that left it unconfirmed."""
    items = unconfirmed_items(public, now)
    if offering_ids is not None:
        items = items.filter(offering_id__in=offering_ids)
    found = {}
    for offering_id, name in items.order_by("review_round__closed_at", "pk").values_list(
        "offering_id", "review_round__name"
    ):
        found[offering_id] = name  # the latest wins
    return found


def _rounds_of(offering):
    """The closed rounds that left `offering` (an id) unconfirmed, the latest last, with when
    each is named in public (the grace period compared by the caller: `now` is not a value
    core/prepared.py binds)."""
    return (
        unconfirmed_items()
        .filter(offering_id=offering)
        .order_by("review_round__closed_at", "pk")
        .values_list("review_round__name", "review_round__unconfirmed_public_at")
    )


# Built once per process (core/prepared.py): an offering's page asks it on every miss.
ROUNDS_OF = Prepared(_rounds_of)


def unconfirmed_round_for(page, public=True, now=None):
    """The round name the public page names, or None (one query, its SQL built once)."""
    now = now or timezone.now()
    found = None
    for row in ROUNDS_OF.rows(None, {"offering": page.pk}, router.db_for_read(ReviewItem)):
        name, public_at = row.values()
        if not public or (public_at is not None and public_at <= now):
            found = name  # the latest wins
    return found
