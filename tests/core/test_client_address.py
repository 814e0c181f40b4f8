"""One trusted-proxy rule for django-axes and the rate limiter (issue 12 F, issue 14 #2)."""

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory
from django.urls import reverse

from core.clientaddress import client_address
from insight.models import MissingOfferReport
from stabiliteit.settings.networks import parse_networks

PROXY = "127.0.0.1"
BEHIND_PROXY = parse_networks("127.0.0.1, 10.0.0.0/8")


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    "remote, forwarded, expected",
    [
        # No proxy in front: REMOTE_ADDR, whatever the client writes in the header.
        ("203.0.113.9", None, "203.0.113.9"),
        ("203.0.113.9", "198.51.100.1", "203.0.113.9"),
        # The trusted proxy appends the address it saw: that one, not what the client wrote.
        (PROXY, "198.51.100.7", "198.51.100.7"),
        (PROXY, "1.2.3.4, 198.51.100.7", "198.51.100.7"),
        # Two trusted hops (a load balancer in 10/8, then nginx on loopback).
        (PROXY, "6.6.6.6, 198.51.100.7, 10.1.2.3", "198.51.100.7"),
        # Garbage at the right end: keep the proxy's own address (never a client's choice).
        (PROXY, "198.51.100.7, nonsense", PROXY),
        (PROXY, "", PROXY),
        ("2001:db8::5", "198.51.100.1", "2001:db8::5"),
    ],
)
def test_client_address(settings, remote, forwarded, expected):
    settings.TRUSTED_PROXIES = BEHIND_PROXY
    assert client_address(request_from(remote, forwarded)) == expected


def test_without_trusted_proxies_the_header_is_never_read(settings):
    settings.TRUSTED_PROXIES = ()
    assert client_address(request_from(PROXY, "198.51.100.7")) == PROXY


def test_a_bad_trusted_proxy_setting_is_refused_by_name():
    with pytest.raises(ImproperlyConfigured, match="'proxy.local' is not an IP address"):
        parse_networks("127.0.0.1, proxy.local")


def test_axes_reads_the_same_rule():
    assert settings.AXES_CLIENT_IP_CALLABLE == "core.clientaddress.client_address"


# django-axes behind the proxy --------------------------------------------------------------


def login(client, password, remote, forwarded=None, username="vng-redacteur"):
    extra = {"REMOTE_ADDR": remote}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password}, **extra)


@pytest.mark.django_db
def test_behind_the_proxy_one_visitors_wrong_passwords_do_not_lock_out_the_editor_elsewhere(client, settings):
    settings.TRUSTED_PROXIES = parse_networks(PROXY)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "fout-wachtwoord", PROXY, "203.0.113.66")
    assert login(client, settings.DEMO_PASSWORD, PROXY, "203.0.113.66").status_code == 429
    # The editor at the office, through the same proxy, still gets in.
    response = login(client, settings.DEMO_PASSWORD, PROXY, "198.51.100.7")
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


@pytest.mark.django_db
def test_a_spoofed_forwarded_for_from_an_untrusted_client_does_not_escape_the_lockout(client, settings):
    settings.TRUSTED_PROXIES = parse_networks(PROXY)
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "fout-wachtwoord", "203.0.113.66", f"198.51.100.{attempt}")
    # A new made-up address in the header changes nothing: the attacker stays locked out.
    response = login(client, settings.DEMO_PASSWORD, "203.0.113.66", "198.51.100.200")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


# The rate limiter behind the proxy ---------------------------------------------------------

MISSING = "/mist-u-iets/"


def report(client, remote, forwarded=None):
    data = {"description": "Training over online polarisatie voor wethouders", "query": ""}
    extra = {"REMOTE_ADDR": remote}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(MISSING, data, **extra)


@pytest.mark.django_db
def test_missing_offer_limit_counts_per_visitor_behind_the_proxy(client, settings):
    from django.core.cache import cache

    cache.clear()
    settings.TRUSTED_PROXIES = parse_networks(PROXY)
    limit = settings.MISSING_OFFER_MAX_PER_HOUR
    for _ in range(limit):
        assert report(client, PROXY, "203.0.113.66").status_code == 302
    assert report(client, PROXY, "203.0.113.66").status_code == 429
    before = MissingOfferReport.objects.count()
    assert report(client, PROXY, "198.51.100.7").status_code == 302
    assert MissingOfferReport.objects.count() == before + 1


@pytest.mark.django_db
def test_missing_offer_limit_ignores_a_spoofed_header_from_an_untrusted_client(client, settings):
    from django.core.cache import cache

    cache.clear()
    settings.TRUSTED_PROXIES = parse_networks(PROXY)
    limit = settings.MISSING_OFFER_MAX_PER_HOUR
    before = MissingOfferReport.objects.count()
    statuses = [report(client, "203.0.113.66", f"198.51.100.{n}").status_code for n in range(limit + 3)]
    assert statuses == [302] * limit + [429] * 3
    assert MissingOfferReport.objects.count() == before + limit
