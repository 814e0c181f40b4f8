"""Content-Security-Policy (strict on the site, looser on /admin/) and login rate limiting."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.urls import reverse

from offerings.models import OfferingPage

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("path", ["/", "/aanbod/", "/over-deze-site/"])
def test_public_pages_have_strict_csp(client, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    for sources in policy.values():
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources
        assert not any(source.startswith(("http:", "https:")) or "*" in source for source in sources)


def test_offering_page_has_strict_csp(client):
    offering = OfferingPage.objects.live().first()
    response = client.get(offering.url)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


@pytest.mark.parametrize("path", ["/admin/login/", "/admin/"])
def test_admin_gets_looser_csp(client, admin_client_logged_in, path):
    response = admin_client_logged_in.get(path) if path == "/admin/" else client.get(path)
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert not any(
        source.startswith(("http:", "https:")) or "*" in source
        for sources in policy.values()
        for source in sources
    )


def public_templates():
    # Wagtail admin overrides and e-mail templates are not served on the public site.
    for path in sorted(ROOT.glob("*/templates/**/*.html")) + sorted(ROOT.glob("templates/**/*.html")):
        relative = path.relative_to(ROOT).as_posix()
        if "/wagtailadmin/" in relative or relative.startswith(("editorial/", ".venv")):
            continue
        yield relative


@pytest.mark.parametrize("template", list(public_templates()))
def test_public_templates_have_no_inline_script_or_style(template):
    text = (ROOT / template).read_text()
    assert not re.search(r"\sstyle\s*=", text), "inline style attribute breaks the strict CSP"
    assert not re.search(r"<style\b", text), "inline <style> breaks the strict CSP"
    assert not re.search(r"<script\b(?![^>]*\bsrc=)", text), "inline <script> breaks the strict CSP"
    assert not re.search(r"\son[a-z]+\s*=", text), "inline event handler breaks the strict CSP"


# Login rate limiting (django-axes) ------------------------------------------------------


def failed_login(client, username, ip="10.0.0.1"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": "fout-wachtwoord"},
        REMOTE_ADDR=ip,
    )


def logged_in_as(client):
    """The username of the client's session, or None."""
    pk = client.session.get("_auth_user_id")
    return get_user_model().objects.get(pk=pk).username if pk else None


def test_admin_login_locks_after_repeated_failures_with_dutch_message(client):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert failed_login(client, "vng-redacteur").status_code == 200
    locked = failed_login(client, "vng-redacteur")
    assert locked.status_code == 429
    body = locked.content.decode()
    assert "Te veel inlogpogingen" in body
    assert "Probeer het over 15 minuten opnieuw" in body
    # Even the right password is refused while locked.
    right = client.post(
        reverse("wagtailadmin_login"),
        {"username": "vng-redacteur", "password": settings.DEMO_PASSWORD},
        REMOTE_ADDR="10.0.0.1",
    )
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_username_and_address(client):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        failed_login(client, "vng-redacteur")
    # Another user from the same office, and the same user elsewhere, can still log in.
    other = client.post(
        reverse("wagtailadmin_login"),
        {"username": "kis-redacteur", "password": settings.DEMO_PASSWORD},
        REMOTE_ADDR="10.0.0.1",
    )
    assert other.status_code == 302
    assert logged_in_as(client) == "kis-redacteur"
    client.logout()
    elsewhere = client.post(
        reverse("wagtailadmin_login"),
        {"username": "vng-redacteur", "password": settings.DEMO_PASSWORD},
        REMOTE_ADDR="10.0.0.2",
    )
    assert elsewhere.status_code == 302
    assert logged_in_as(client) == "vng-redacteur"


def test_one_address_is_locked_after_failures_spread_over_many_accounts(client, django_user_model):
    """Issue 22: a few wrong passwords on each of many accounts from one address (each under
    django-axes' per-username limit) lock that address, and only that address."""
    cache.clear()
    limit = settings.LOGIN_FAILURES_PER_ADDRESS_PER_HOUR
    users = list(django_user_model.objects.order_by("username").values_list("username", flat=True))
    per_user = settings.AXES_FAILURE_LIMIT - 2
    attempts = [(name, n) for name in users for n in range(per_user)][:limit]
    assert len(attempts) == limit and len({name for name, _ in attempts}) > 3
    for name, _n in attempts:
        assert failed_login(client, name, ip="10.0.0.9").status_code == 200
    untouched = next(name for name in users if name not in {n for n, _ in attempts})
    right = client.post(
        reverse("wagtailadmin_login"),
        {"username": untouched, "password": settings.DEMO_PASSWORD},
        REMOTE_ADDR="10.0.0.9",
    )
    assert right.status_code == 429
    assert "vanaf uw internetadres" in right.content.decode()
    assert "_auth_user_id" not in client.session
    elsewhere = client.post(
        reverse("wagtailadmin_login"),
        {"username": untouched, "password": settings.DEMO_PASSWORD},
        REMOTE_ADDR="10.0.0.10",
    )
    assert elsewhere.status_code == 302
    cache.clear()


def test_demo_login_and_force_login_still_work(client, django_user_model):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "vng-redacteur", "password": settings.DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert logged_in_as(client) == "vng-redacteur"
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    client.logout()
    client.force_login(django_user_model.objects.get(username="coordinator"))
    assert logged_in_as(client) == "coordinator"
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_successful_login_resets_failure_count(client):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        failed_login(client, "vng-redacteur")
    ok = client.post(
        reverse("wagtailadmin_login"),
        {"username": "vng-redacteur", "password": settings.DEMO_PASSWORD},
        REMOTE_ADDR="10.0.0.1",
    )
    assert ok.status_code == 302
    assert logged_in_as(client) == "vng-redacteur"
    client.logout()
    # Counted from zero again: as many failures as before still leave the account open.
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert failed_login(client, "vng-redacteur").status_code == 200
    again = client.post(
        reverse("wagtailadmin_login"),
        {"username": "vng-redacteur", "password": settings.DEMO_PASSWORD},
        REMOTE_ADDR="10.0.0.1",
    )
    assert again.status_code == 302
    assert logged_in_as(client) == "vng-redacteur"
