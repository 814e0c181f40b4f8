"""The second login step and the set-up pages (admin, Dutch).

A wrong code is throttled by django-otp itself (each failure doubles the wait per device).
"""

import django_otp
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from twofactor import devices, enrolment
from twofactor.forms import CodeForm, SetupCodeForm
from twofactor.policy import has_two_factor, needs_verification, requires_two_factor

HOME = "wagtailadmin_home"


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None


def _throttled(user):
    """True while django-otp refuses codes for the user's app after failed attempts."""
    device = TOTPDevice.objects.filter(user=user).order_by("-confirmed").first()
    return device is not None and not device.verify_is_allowed()[0]


def match_code(user, code):
    """(device, throttled): the confirmed device that accepts `code`. A six-digit code goes
    to the app, anything else to the recovery codes, so a recovery code does not count as
    a failed app code (django_otp.match_token would try every device and throttle the app)."""
    kind = TOTPDevice if len(code) == 6 and code.isdigit() else StaticDevice
    throttled = False
    for device in devices_for_user(user, confirmed=True, for_verify=True):
        if not isinstance(device, kind):
            continue
        if not device.verify_is_allowed()[0]:
            throttled = True
        elif device.verify_token(code):
            return device, False
    return None, throttled


WAIT_MESSAGE = gettext_lazy(
    "U heeft net een foute code ingevoerd. Wacht een paar seconden (na elke foute poging wat "
    "langer) en voer dan de nieuwe code uit uw app in."
)


def _complete_login(request, device):
    """Mark the session verified with `device` and give it a new id (django-otp's login keeps
    the old one): a session cookie captured before the code step stays half logged in."""
    django_otp.login(request, device)
    request.session.cycle_key()


def _no_store(response):
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request):
    """Ask a user with a device for a TOTP code or a recovery code."""
    if not has_two_factor(request.user):
        return redirect("twofactor_setup")
    if request.user.is_verified():
        return redirect(_next_url(request) or HOME)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device, throttled = match_code(request.user, form.cleaned_data["code"])
        if device is not None:
            _complete_login(request, device)
            if device.name == devices.RECOVERY_DEVICE_NAME:
                left = devices.remaining_recovery_codes(request.user)
                messages.warning(
                    request,
                    _(
                        "U bent ingelogd met een herstelcode; u heeft er nog %(n)s. "
                        "Maak nieuwe herstelcodes aan als u er weinig over heeft."
                    )
                    % {"n": left},
                )
            return redirect(_next_url(request) or HOME)
        form.add_error(
            "code",
            WAIT_MESSAGE
            if throttled
            else _(
                "Deze code klopt niet of is al gebruikt. Controleer of de tijd op uw telefoon "
                "goed staat en probeer het opnieuw. Na een paar foute pogingen moet u steeds "
                "langer wachten."
            ),
        )
    context = {"form": form, "next": _next_url(request) or ""}
    return _no_store(TemplateResponse(request, "twofactor/verify.html", context))


@never_cache
@require_http_methods(["GET", "POST"])
def setup(request):
    """Set up an authenticator app. Without an opened enrolment link: offer to mail one to the
    account's address. With one: QR code and key, confirmed by a first code."""
    if has_two_factor(request.user) and not request.user.is_verified():
        return redirect("twofactor_verify")
    device = enrolment.enrolment_device(request)
    if device is None:
        return _request_link(request)
    form = SetupCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        throttled = _throttled(request.user)
        if not throttled and device.verify_token(form.cleaned_data["code"]):
            codes = devices.confirm_totp_device(device)
            enrolment.end_enrolment(request)
            _complete_login(request, device)
            enrolment.record_enrolment(request.user)
            context = {"codes": codes, "next": _next_url(request) or "", "first_time": True}
            return _no_store(TemplateResponse(request, "twofactor/recovery_codes.html", context))
        form.add_error(
            "code",
            WAIT_MESSAGE
            if throttled
            else _(
                "Deze code klopt niet. Controleer of de tijd op uw telefoon goed staat en "
                "probeer het opnieuw."
            ),
        )
    context = {
        "form": form,
        "qr_svg": devices.qr_svg(device),
        "secret": devices.secret_for_display(device),
        "required": requires_two_factor(request.user),
        "next": _next_url(request) or "",
    }
    return _no_store(TemplateResponse(request, "twofactor/setup.html", context))


def _request_link(request):
    """The first set-up step: the link goes to the account's own address, nowhere else."""
    address = request.user.email
    sent = False
    if request.method == "POST" and address:
        enrolment.send_link(request.user)
        sent = True
    context = {
        "address": enrolment.masked_address(address) if address else "",
        "minutes": enrolment.link_lifetime_minutes(),
        "sent": sent,
        "required": requires_two_factor(request.user),
        "next": _next_url(request) or "",
    }
    return _no_store(TemplateResponse(request, "twofactor/setup_link.html", context))


@never_cache
@require_http_methods(["GET", "POST"])
def enrol(request, token):
    """The mailed link. GET asks to continue (a mail scanner that follows links uses nothing
    up); POST, by the account the link was made for, lets this session set up an app."""
    valid = enrolment.token_is_valid(token, request.user)
    if request.method == "POST" and valid:
        enrolment.begin_enrolment(request)
        return redirect("twofactor_setup")
    context = {"valid": valid, "token": token, "minutes": enrolment.link_lifetime_minutes()}
    return _no_store(TemplateResponse(request, "twofactor/enrol.html", context))


def may_reset(administrator, account):
    change_users = f"{account._meta.app_label}.change_{account._meta.model_name}"
    # The two-factor pages are open before the second step; this one is not.
    if needs_verification(administrator):
        return False
    if administrator.pk == account.pk or not administrator.has_perm(change_users):
        return False
    return administrator.is_superuser or not account.is_superuser


@never_cache
@require_http_methods(["GET", "POST"])
def reset(request, user_id):
    """An administrator removes another account's app and recovery codes (lost phone): logged
    with who did it, and the owner is told by mail."""
    account = get_object_or_404(get_user_model(), pk=user_id)
    if not may_reset(request.user, account):
        raise PermissionDenied
    if request.method == "POST":
        devices.remove_all_devices(account)
        enrolment.record_reset(account, by=request.user)
        messages.success(
            request,
            _("De tweestapsverificatie van %(username)s is hersteld; de eigenaar heeft een e-mail gekregen.")
            % {"username": account.get_username()},
        )
        return redirect("wagtailusers_users:index")
    context = {
        "account": account,
        "enabled": has_two_factor(account),
        "page_title": _("Tweestapsverificatie herstellen"),
        "header_icon": "key",
    }
    return TemplateResponse(request, "twofactor/reset.html", context)


@never_cache
def overview(request):
    """The user's own 2FA status (linked from the account page)."""
    context = {
        "enabled": has_two_factor(request.user),
        "required": requires_two_factor(request.user),
        "recovery_left": devices.remaining_recovery_codes(request.user),
        "page_title": _("Tweestapsverificatie"),
        "header_icon": "key",
    }
    return TemplateResponse(request, "twofactor/overview.html", context)


@never_cache
@require_POST
def regenerate_codes(request):
    if not (has_two_factor(request.user) and request.user.is_verified()):
        raise PermissionDenied
    codes = devices.new_recovery_codes(request.user)
    return _no_store(TemplateResponse(request, "twofactor/recovery_codes.html", {"codes": codes}))


@never_cache
@require_POST
def disable(request):
    """Switch 2FA off: only for users for whom it is not required, after verifying."""
    if requires_two_factor(request.user):
        messages.error(
            request, _("Voor uw rol is tweestapsverificatie verplicht; u kunt haar niet uitzetten.")
        )
        return redirect("twofactor_overview")
    if has_two_factor(request.user) and not request.user.is_verified():
        raise PermissionDenied
    had_devices = has_two_factor(request.user)
    devices.remove_all_devices(request.user)
    request.session.pop(django_otp.DEVICE_ID_SESSION_KEY, None)
    if had_devices:
        enrolment.record_reset(request.user, by=request.user)
    messages.success(request, _("Tweestapsverificatie staat uit voor uw account."))
    return redirect("twofactor_overview")
