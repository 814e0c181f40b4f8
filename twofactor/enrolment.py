"""Enrolment through a second channel, and telling the owner about every change.

Whoever knows an account's password must not be able to set up its second factor: the
set-up page shows a QR code and key only in a session that opened an enrolment link mailed
to the account's own address. The link is signed (Django's signing with SECRET_KEY), names the
account, lasts TWO_FACTOR_ENROLMENT_LINK_MINUTES and works once: it carries a digest of the
account's authenticator devices, and opening it stores a new (unconfirmed) device, so the
digest no longer matches. The owner gets a mail for every enrolment and every reset, and each
is written to Wagtail's log for the account (who did it, when).
"""

import hashlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from core.baseurl import admin_url
from twofactor.devices import APP_DEVICE_NAME

SALT = "twofactor.enrolment-link"
ENROLMENT_DEVICE_SESSION_KEY = "twofactor_enrolment_device"
# Log actions on the account (registered in wagtail_hooks.py).
ENROLLED = "twofactor.enrolled"
RESET = "twofactor.reset"


def link_lifetime_minutes():
    return settings.TWO_FACTOR_ENROLMENT_LINK_MINUTES


def _devices_digest(user):
    """Changes whenever an app device is added, confirmed or removed, or the password changes."""
    devices = TOTPDevice.objects.filter(user=user).order_by("pk").values_list("pk", "confirmed")
    state = f"{user.pk}|{user.password}|" + ",".join(f"{pk}:{int(c)}" for pk, c in devices)
    return hashlib.sha256(state.encode()).hexdigest()[:32]


def make_token(user):
    return signing.dumps({"u": user.pk, "d": _devices_digest(user)}, salt=SALT)


def token_is_valid(token, user):
    """True when `token` was issued for `user`, is recent enough and has not been used."""
    try:
        data = signing.loads(token, salt=SALT, max_age=link_lifetime_minutes() * 60)
    except signing.BadSignature:  # includes SignatureExpired
        return False
    return data.get("u") == user.pk and data.get("d") == _devices_digest(user)


def link_url(user):
    return admin_url(reverse("twofactor_enrol", args=[make_token(user)]))


def masked_address(address):
    name, _at, domain = address.partition("@")
    return f"{name[:2]}…@{domain}" if domain else ""


def send_link(user):
    minutes = link_lifetime_minutes()
    body = _(
        "Beste %(name)s,\n\n"
        "Er is gevraagd om tweestapsverificatie in te stellen voor uw account '%(username)s' "
        "op %(site)s. Open deze link in de browser waarin u bent ingelogd:\n\n%(url)s\n\n"
        "De link werkt één keer en is %(minutes)s minuten geldig.\n\n"
        "Heeft u dit niet zelf gevraagd? Open de link dan niet: iemand anders kent mogelijk uw "
        "wachtwoord. Wijzig uw wachtwoord en meld het bij de beheerder van de site."
    ) % {
        "name": user.get_full_name() or user.get_username(),
        "username": user.get_username(),
        "site": settings.WAGTAIL_SITE_NAME,
        "url": link_url(user),
        "minutes": minutes,
    }
    send_mail(
        _("Link om tweestapsverificatie in te stellen"),
        body,
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
    )


@transaction.atomic
def begin_enrolment(request):
    """Open the link: a fresh unconfirmed device whose key this session may show."""
    user = request.user
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    request.session[ENROLMENT_DEVICE_SESSION_KEY] = device.pk
    return device


def enrolment_device(request):
    """The unconfirmed device this session opened a link for, or None."""
    pk = request.session.get(ENROLMENT_DEVICE_SESSION_KEY)
    if pk is None:
        return None
    return TOTPDevice.objects.filter(pk=pk, user=request.user, confirmed=False).first()


def end_enrolment(request):
    request.session.pop(ENROLMENT_DEVICE_SESSION_KEY, None)


def _notify(user, subject, what):
    if not user.email:
        return
    when = date_format(timezone.localtime(), "j F Y, H:i")
    body = _(
        "Beste %(name)s,\n\n%(what)s\n\nTijdstip: %(when)s\nAccount: %(username)s\nSite: %(site)s\n\n"
        "Was u dit niet zelf, of weet u er niet van? Neem dan direct contact op met de beheerder "
        "van de site en wijzig uw wachtwoord."
    ) % {
        "name": user.get_full_name() or user.get_username(),
        "what": what,
        "when": when,
        "username": user.get_username(),
        "site": settings.WAGTAIL_SITE_NAME,
    }
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def _account(user):
    """The user as a model instance: request.user is a lazy object (twice wrapped, by Django's
    and django-otp's middleware), which Wagtail's log registry does not recognise."""
    return get_user_model()._default_manager.get(pk=user.pk)


def record_enrolment(user):
    user = _account(user)
    log(instance=user, action=ENROLLED, user=user)
    _notify(
        user,
        _("Tweestapsverificatie ingesteld voor uw account"),
        _("Er is zojuist een authenticator-app ingesteld voor tweestapsverificatie op uw account."),
    )


def record_reset(user, by):
    """`by` removed the user's devices (the user themself, or an administrator)."""
    user = _account(user)
    log(instance=user, action=RESET, user=by)
    if by.pk == user.pk:
        what = _("U heeft tweestapsverificatie voor uw account uitgezet.")
    else:
        what = _(
            "Beheerder '%(admin)s' heeft de tweestapsverificatie van uw account hersteld: uw app en "
            "herstelcodes werken niet meer. Bij uw volgende login vraagt de site u haar opnieuw in "
            "te stellen, via een link die u per e-mail krijgt."
        ) % {"admin": by.get_username()}
    _notify(user, _("Tweestapsverificatie van uw account gewijzigd"), what)
