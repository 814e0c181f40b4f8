"""Two-factor login: who must use it, the second step, set-up, recovery codes, and that
the demo users log in without it while the setting is off (dev and test defaults)."""

import base64
import re

import pytest
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.twofactor.enrolment import open_enrolment
from tests.twofactor.totp import totp
from twofactor import devices
from twofactor.policy import requires_two_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def enforced(settings):
    settings.TWO_FACTOR_REQUIRED = True
    return settings


def user(name):
    return get_user_model().objects.get(username=name)


def confirmed_device(name):
    device = TOTPDevice.objects.create(user=user(name), name="app", confirmed=True)
    return device, base64.b32encode(device.bin_key).decode()


def test_policy_follows_roles_and_settings(enforced):
    assert requires_two_factor(user("admin"))
    assert requires_two_factor(user("coordinator"))
    assert requires_two_factor(user("vng-eindredacteur"))
    assert not requires_two_factor(user("vng-redacteur"))
    enforced.TWO_FACTOR_REQUIRED_FOR_EDITORS = True
    assert requires_two_factor(user("vng-redacteur"))
    enforced.TWO_FACTOR_REQUIRED = False
    assert not requires_two_factor(user("coordinator"))


def test_demo_users_need_no_second_factor_when_setting_is_off(login):
    client = login("coordinator")
    response = client.get("/admin/")
    assert response.status_code == 200
    assert b"Mijn redactiewerk" in response.content or b"dashboard" in response.content.lower()


def test_required_user_without_device_is_sent_to_setup(enforced, login):
    client = login("vng-eindredacteur")
    response = client.get("/admin/account/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/tweestapsverificatie/instellen/?next=")
    # An editor without the requirement is let through.
    assert login("vng-redacteur").get("/admin/").status_code == 200


def test_setup_confirms_device_with_a_computed_code_and_shows_recovery_codes(enforced, login):
    client = login("coordinator")
    open_enrolment(client)
    page = client.get("/admin/tweestapsverificatie/instellen/").content.decode()
    assert "<svg" in page
    secret = re.search(r"data-twofactor-secret>([A-Z2-7 ]+)<", page).group(1)
    wrong = client.post("/admin/tweestapsverificatie/instellen/", {"code": "000000"})
    assert "Deze code klopt niet" in wrong.content.decode()
    assert not TOTPDevice.objects.filter(user=user("coordinator"), confirmed=True).exists()
    # Straight after a failure django-otp throttles: the page says to wait, nothing is confirmed.
    waiting = client.post("/admin/tweestapsverificatie/instellen/", {"code": totp(secret)})
    assert "Wacht een paar seconden" in waiting.content.decode()
    assert not TOTPDevice.objects.filter(user=user("coordinator"), confirmed=True).exists()
    TOTPDevice.objects.get(user=user("coordinator")).throttle_reset()

    done = client.post("/admin/tweestapsverificatie/instellen/", {"code": totp(secret)})
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", done.content.decode())
    assert len(codes) == devices.RECOVERY_CODE_COUNT
    assert TOTPDevice.objects.filter(user=user("coordinator"), confirmed=True).count() == 1
    stored = StaticToken.objects.filter(device__user=user("coordinator")).values_list("token", flat=True)
    assert set(stored) == set(codes)
    # Verified in this session: the admin opens.
    assert client.get("/admin/account/").status_code == 200


def test_user_with_device_must_enter_code_even_when_not_required(login):
    device, secret = confirmed_device("vng-redacteur")
    client = login("vng-redacteur")
    response = client.get("/admin/account/")
    assert response["Location"].startswith("/admin/tweestapsverificatie/code/")

    bad = client.post("/admin/tweestapsverificatie/code/", {"code": "123456", "next": "/admin/account/"})
    assert "Deze code klopt niet" in bad.content.decode()
    assert client.get("/admin/account/").status_code == 302

    device.refresh_from_db()
    device.throttle_reset()  # the failure above throttles for a second; a user would wait
    good = client.post("/admin/tweestapsverificatie/code/", {"code": totp(secret), "next": "/admin/account/"})
    assert good["Location"] == "/admin/account/"
    assert client.get("/admin/account/").status_code == 200


def test_recovery_code_logs_in_once(enforced, client):
    confirmed_device("coordinator")
    codes = devices.new_recovery_codes(user("coordinator"))
    client.force_login(user("coordinator"))
    ok = client.post("/admin/tweestapsverificatie/code/", {"code": codes[0].upper()})
    assert ok["Location"] == "/admin/"
    assert StaticToken.objects.filter(device__user=user("coordinator")).count() == len(codes) - 1

    other = client.__class__()
    other.force_login(user("coordinator"))
    again = other.post("/admin/tweestapsverificatie/code/", {"code": codes[0]})
    assert again.status_code == 200, again
    assert "Deze code klopt niet" in again.content.decode(), again.content.decode()[-3000:]
    assert other.get("/admin/").status_code == 302


def test_next_parameter_cannot_redirect_off_site(client):
    _device, secret = confirmed_device("vng-redacteur")
    client.force_login(user("vng-redacteur"))
    response = client.post(
        "/admin/tweestapsverificatie/code/", {"code": totp(secret), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_required_user_cannot_switch_it_off(enforced, client):
    confirmed_device("vng-eindredacteur")
    client.force_login(user("vng-eindredacteur"))
    session = client.session
    session["otp_device_id"] = TOTPDevice.objects.get(user=user("vng-eindredacteur")).persistent_id
    session.save()
    client.post("/admin/tweestapsverificatie/uitzetten/")
    assert TOTPDevice.objects.filter(user=user("vng-eindredacteur")).exists()
    enforced.TWO_FACTOR_REQUIRED = False
    client.post("/admin/tweestapsverificatie/uitzetten/")
    assert not TOTPDevice.objects.filter(user=user("vng-eindredacteur")).exists()


def test_account_page_links_to_two_factor(login):
    page = login("vng-redacteur").get("/admin/account/").content.decode()
    assert "/admin/tweestapsverificatie/" in page


def test_session_id_is_renewed_after_the_second_step(client):
    """Issue 22 B10: a cookie captured before the code step does not become privileged."""
    device, secret = confirmed_device("vng-redacteur")
    client.force_login(user("vng-redacteur"))
    captured = client.cookies["sessionid"].value
    done = client.post("/admin/tweestapsverificatie/code/", {"code": totp(secret), "next": "/admin/account/"})
    assert done["Location"] == "/admin/account/"
    assert client.cookies["sessionid"].value != captured
    assert client.get("/admin/account/").status_code == 200

    attacker = client.__class__()
    attacker.cookies["sessionid"] = captured
    response = attacker.get("/admin/account/")
    assert response.status_code == 302
    assert "/tweestapsverificatie/" not in response["Location"]  # not even half logged in
    assert response["Location"].startswith("/admin/login/")
