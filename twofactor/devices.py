"""Confirming and resetting a user's devices: one TOTP app and one set of recovery codes
(django-otp's TOTP and static-token plugins; see docs/workflows.md, "Tweestapsverificatie").
Which session may set up a device: twofactor/enrolment.py."""

import base64

import segno
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_DEVICE_NAME = "Authenticator-app"
RECOVERY_DEVICE_NAME = "Herstelcodes"
RECOVERY_CODE_COUNT = 10


def secret_for_display(device):
    """The key in base32 groups of four, as authenticator apps ask for it when typed in."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def provisioning_uri(device):
    # django-otp's config_url uses the user's username as label and the issuer below.
    return device.config_url


def qr_svg(device):
    """The provisioning URI as inline SVG: no image request, nothing sent to a third party."""
    return segno.make(provisioning_uri(device), error="m").svg_inline(
        scale=5, title="QR-code voor uw authenticator-app"
    )


@transaction.atomic
def confirm_totp_device(device):
    """Confirm the set-up device, drop other app devices and give fresh recovery codes."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    return new_recovery_codes(device.user)


@transaction.atomic
def new_recovery_codes(user):
    """Replace the user's recovery codes; returns the new ones (shown once, stored as-is
    by django-otp's static plugin, each valid for one login)."""
    static, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    static.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
    return codes


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def remove_all_devices(user):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
