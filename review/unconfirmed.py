"""'Niet bevestigd in ronde X': the one rule for an offering left unconfirmed by a closed round.

An offering carries that state when its item in a closed round ended 'niet bevestigd' and
nobody checked it since (its last_reviewed_at is empty or older than the round's closing;
a later 'nog actueel', published update or approval clears it). The stale report, the gap
view and the exports read it here; the public page reads it only once the round's grace
period has passed (`named_in_public`).
"""

from django.db import router
from django.db.models import F, OuterRef, Q, Subquery
from django.utils import timezone

from core.prepared import Prepared
from review.models import ItemStatus, ReviewItem, RoundStatus


def unconfirmed_items():
    return ReviewItem.objects.filter(
        status=ItemStatus.NOT_CONFIRMED, review_round__status=RoundStatus.CLOSED, offering__isnull=False
    ).filter(
        Q(offering__last_reviewed_at__isnull=True)
        | Q(offering__last_reviewed_at__lt=F("review_round__closed_at"))
    )


def with_unconfirmed_round(offerings):
    """Annotate OfferingPage rows with `unconfirmed_round`: the name of the latest closed round
    that left it unconfirmed (None when there is none)."""
    latest = (
        unconfirmed_items()
        .filter(offering_id=OuterRef("pk"))
        .order_by("-review_round__closed_at", "-pk")
        .values("review_round__name")[:1]
    )
    return offerings.annotate(unconfirmed_round=Subquery(latest))


def named_in_public(public_at, now):
    """The grace period: the public page names a round from its `unconfirmed_public_at` on."""
    return public_at is not None and public_at <= now


def _rounds_of(offering):
    """The closed rounds that left `offering` (an id) unconfirmed, the latest last, with when
    each is named in public (`named_in_public`, applied by the caller: a moment in time is
    not a value core/prepared.py binds)."""
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
        if not public or named_in_public(public_at, now):
            found = name  # the latest wins
    return found
