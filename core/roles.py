"""Who is who: a user's partner(s) follow from the group names, which are named here.

A member of "<ABBR> redacteuren" or "<ABBR> eindredactie" belongs to partner ABBR;
"Coördinatie" (or a superuser) oversees every partner. The kernel works on abbreviations;
partners/membership.py maps them to partner pages (their primary keys).
"""

from django.contrib.auth import get_user_model

COORDINATION_GROUP = "Coördinatie"


def editors_group_name(abbreviation):
    return f"{abbreviation} redacteuren"


def final_editors_group_name(abbreviation):
    return f"{abbreviation} eindredactie"


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


def is_final_editor(user, partner):
    """Whether the user is in the eindredactie of `partner` (anything with an `abbreviation`)."""
    return partner.abbreviation in partner_abbreviations(user, final_editors_only=True)


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
