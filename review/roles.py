"""Who is who: a user's partner(s) follow from the provisioning group names.

A member of "<ABBR> redacteuren" or "<ABBR> eindredactie" belongs to partner ABBR;
"Coördinatie" (or a superuser) oversees every partner.
"""

from django.contrib.auth import get_user_model

from partners.models import PartnerPage
from partners.provisioning import COORDINATION_GROUP, editors_group_name, final_editors_group_name

EDITORS_SUFFIX = editors_group_name("")  # " redacteuren"
FINAL_EDITORS_SUFFIX = final_editors_group_name("")  # " eindredactie"


def _group_names(user):
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_review_group_names"):
        user._review_group_names = set(user.groups.values_list("name", flat=True))
    return user._review_group_names


def is_coordinator(user):
    return (
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or COORDINATION_GROUP in _group_names(user))
    )


def partner_abbreviations(user, final_editors_only=False):
    suffixes = (FINAL_EDITORS_SUFFIX,) if final_editors_only else (EDITORS_SUFFIX, FINAL_EDITORS_SUFFIX)
    found = set()
    for name in _group_names(user):
        for suffix in suffixes:
            if name.endswith(suffix) and len(name) > len(suffix):
                found.add(name[: -len(suffix)])
    return found


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


def is_final_editor(user, partner):
    return partner.abbreviation in partner_abbreviations(user, final_editors_only=True)


def can_see_partner(user, partner_id):
    return is_coordinator(user) or is_partner_member(user, partner_id)


def has_review_role(user):
    return is_coordinator(user) or bool(partner_ids(user))


def member_emails(group_names):
    """Sorted e-mail addresses of the active users in any of these groups (users without one left out)."""
    return sorted(
        set(
            get_user_model()
            .objects.filter(groups__name__in=group_names, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )
