"""Which partners a user works for: core/roles.py's abbreviations mapped to partner pages.

The kernel (core/roles.py) knows the group names and reads abbreviations from them; only
this app knows that a partner is a PartnerPage with that abbreviation.
"""

from core.roles import is_coordinator, partner_abbreviations
from partners.models import PartnerPage


def partner_ids(user):
    """Primary keys of the partners the user works for (empty for outsiders)."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if not hasattr(user, "_review_partner_ids"):
        abbreviations = partner_abbreviations(user)
        user._review_partner_ids = (
            set(PartnerPage.objects.filter(abbreviation__in=abbreviations).values_list("pk", flat=True))
            if abbreviations
            else set()
        )
    return user._review_partner_ids


def is_partner_member(user, partner_id):
    return partner_id in partner_ids(user)


def can_see_partner(user, partner_id):
    return is_coordinator(user) or is_partner_member(user, partner_id)


def has_review_role(user):
    return is_coordinator(user) or bool(partner_ids(user))
