"""Who may do what with review items, beyond the per-item actions' own checks.

The house pattern (editorial/guards.py): one rule per decision; the list hides the button
with it and the view refuses a crafted request with the same rule.
"""

from core.roles import is_coordinator, partner_abbreviations
from review.models import ItemStatus

CONFIRMABLE_STATUSES = (ItemStatus.OPEN, ItemStatus.UPDATING)


def bulk_confirm_partners(user):
    """Abbreviations of the partners whose items `user` may confirm in bulk: the partners
    whose eindredactie the user is. Coördinatie confirms nothing for a partner."""
    if not user.is_authenticated or not user.is_active or is_coordinator(user):
        return set()
    return partner_abbreviations(user, final_editors_only=True)


def may_bulk_confirm(user, item):
    return (
        item.partner.abbreviation in bulk_confirm_partners(user)
        and item.review_round.is_open
        and item.status in CONFIRMABLE_STATUSES
        and item.offering_id is not None
    )
