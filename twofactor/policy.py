"""Who must log in with a second factor: one rule for the middleware, the views and the docs.

TWO_FACTOR_REQUIRED switches enforcement on (production default) or off (dev and test, so
the demo users keep logging in with only the demo password). When on, superusers, the
coordinator (Coördinatie) and every partner's eindredactie must set up TOTP;
TWO_FACTOR_REQUIRED_FOR_EDITORS adds the partners' redacteuren. Anyone with admin access
may set it up voluntarily, and whoever has a confirmed device is always asked for a code.
"""

from django.conf import settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.roles import is_coordinator, partner_abbreviations


def requires_two_factor(user):
    if not getattr(settings, "TWO_FACTOR_REQUIRED", True):
        return False
    if not user.is_authenticated or not user.is_active:
        return False
    if is_coordinator(user) or partner_abbreviations(user, final_editors_only=True):
        return True
    return getattr(settings, "TWO_FACTOR_REQUIRED_FOR_EDITORS", False) and bool(partner_abbreviations(user))


def has_two_factor(user):
    """A confirmed authenticator app (recovery codes only come with one): one query."""

    return user.is_authenticated and TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def needs_verification(user):
    """True while a logged-in user must still pass the second step before using the admin."""
    if not user.is_authenticated or user.is_verified():
        return False
    return has_two_factor(user) or requires_two_factor(user)
