"""Issue 22 B2: setting up the second factor needs the link mailed to the account's address
(valid once and briefly); the owner is told of every enrolment and reset; an administrator
can reset another's device, and the log says who did it."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from tests.twofactor.enrolment import mailed_link
from tests.twofactor.totp import totp
from twofactor import devices

pytestmark = pytest.mark.django_db

SETUP = "/admin/tweestapsverificatie/instellen/"


@pytest.fixture
def enforced(settings):
    settings.TWO_FACTOR_REQUIRED = True
    return settings


def user(name):
    return get_user_model().objects.get(username=name)


def secret_on(page):
    found = re.search(r"data-twofactor-secret>([A-Z2-7 ]+)<", page)
    return found and found.group(1)


def log_entries(account, action):
    return ModelLogEntry.objects.filter(object_id=str(account.pk), action=action)


def test_password_alone_shows_no_secret_and_enrols_nothing(enforced, login):
    client = login("coordinator")
    page = client.get(SETUP).content.decode()
    assert secret_on(page) is None and "<svg" not in page
    assert "co…@example.org" in page  # where the link goes, masked
    # Guessing codes on the set-up page confirms nothing.
    client.post(SETUP, {"code": "123456"})
    assert not TOTPDevice.objects.filter(user=user("coordinator"), confirmed=True).exists()
    assert secret_on(client.get(SETUP).content.decode()) is None


def test_link_goes_to_the_account_address_and_works_once(enforced, login):
    client = login("coordinator")
    link = mailed_link(client)
    assert mail.outbox[-1].to == ["coordinator@example.org"]
    assert "15 minuten" in mail.outbox[-1].body
    # A GET (a mail scanner following the link) uses nothing up.
    assert "Ga verder" in client.get(link).content.decode()
    assert client.post(link)["Location"] == SETUP
    secret = secret_on(client.get(SETUP).content.decode())
    assert secret

    mail.outbox.clear()
    done = client.post(SETUP, {"code": totp(secret)})
    assert len(re.findall(r"<li><code>([a-z2-7]{8})</code></li>", done.content.decode())) == 10
    assert TOTPDevice.objects.filter(user=user("coordinator"), confirmed=True).count() == 1
    assert [m.to for m in mail.outbox] == [["coordinator@example.org"]]
    assert "ingesteld" in mail.outbox[0].subject
    assert log_entries(user("coordinator"), "twofactor.enrolled").count() == 1

    # Used: the same link sets up nothing more.
    reuse = client.post(link)
    assert reuse.status_code == 200 and "werkt niet (meer)" in reuse.content.decode()
    assert TOTPDevice.objects.filter(user=user("coordinator")).count() == 1


def test_link_is_refused_for_another_account_and_after_it_expires(enforced, login, client, settings):
    owner = login("coordinator")
    link = mailed_link(owner)
    other = client.__class__()
    other.force_login(user("vng-eindredacteur"))
    assert "werkt niet (meer)" in other.post(link).content.decode()
    assert not TOTPDevice.objects.filter(user=user("vng-eindredacteur")).exists()

    settings.TWO_FACTOR_ENROLMENT_LINK_MINUTES = 0
    assert "werkt niet (meer)" in owner.post(link).content.decode()
    assert not TOTPDevice.objects.filter(user=user("coordinator")).exists()
    assert secret_on(owner.get(SETUP).content.decode()) is None


def test_administrator_resets_another_account_with_a_log_entry_and_a_mail(login):
    account = user("vng-eindredacteur")
    devices.confirm_totp_device(TOTPDevice.objects.create(user=account, name="app", confirmed=False))
    admin = login("admin")
    listing = admin.get("/admin/users/?q=vng-eindredacteur").content.decode()
    assert f"/admin/tweestapsverificatie/herstellen/{account.pk}/" in listing
    mail.outbox.clear()
    response = admin.post(f"/admin/tweestapsverificatie/herstellen/{account.pk}/")
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=account).exists()
    assert not StaticDevice.objects.filter(user=account).exists()
    entry = log_entries(account, "twofactor.reset").get()
    assert entry.user_id == user("admin").pk
    assert [m.to for m in mail.outbox] == [["vng-eindredacteur@example.org"]]
    assert "admin" in mail.outbox[0].body


def test_editors_cannot_reset_others(login):
    account = user("vng-eindredacteur")
    TOTPDevice.objects.create(user=account, name="app", confirmed=True)
    response = login("vng-redacteur").post(f"/admin/tweestapsverificatie/herstellen/{account.pk}/")
    assert response.status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=account).exists()
    assert not log_entries(account, "twofactor.reset").exists()


def test_owner_is_told_when_two_factor_is_switched_off(client):
    account = user("vng-redacteur")
    device = TOTPDevice.objects.create(user=account, name="app", confirmed=True)
    client.force_login(account)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    mail.outbox.clear()
    client.post("/admin/tweestapsverificatie/uitzetten/")
    assert not TOTPDevice.objects.filter(user=account).exists()
    assert [m.to for m in mail.outbox] == [["vng-redacteur@example.org"]]
    assert log_entries(account, "twofactor.reset").get().user_id == account.pk


def test_an_unverified_administrator_cannot_reset_others(settings, login):
    settings.TWO_FACTOR_REQUIRED = True
    account = user("vng-eindredacteur")
    TOTPDevice.objects.create(user=account, name="app", confirmed=True)
    response = login("admin").post(f"/admin/tweestapsverificatie/herstellen/{account.pk}/")
    assert response.status_code in (302, 403) and "herstellen" not in response.get("Location", "")
    assert TOTPDevice.objects.filter(user=account).exists()
    assert not log_entries(account, "twofactor.reset").exists()
