"""Production settings refuse a missing secret, debug and the public demo password."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import authenticate
from django.core.exceptions import ValidationError
from django.test import override_settings

from core.password_validation import RefuseDemoPasswordValidator
from stabiliteit.settings.base import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def import_production(**env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    environment.update(env, DJANGO_SETTINGS_MODULE="stabiliteit.settings.production")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('ok')"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_missing_secret_key_is_refused():
    result = import_production(ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_short_secret_key_is_refused():
    result = import_production(SECRET_KEY="short", ALLOWED_HOSTS="example.org")
    assert "SECRET_KEY must be set" in result.stderr


def test_missing_allowed_hosts_is_refused():
    result = import_production(SECRET_KEY="x" * 50)
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_valid_production_configuration_starts_without_debug():
    result = import_production(SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org")
    assert result.returncode == 0, result.stderr
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DEBUG, settings.ALLOW_DEMO_PASSWORD)",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "SECRET_KEY": "x" * 50,
            "ALLOWED_HOSTS": "example.org",
            "DJANGO_SETTINGS_MODULE": "stabiliteit.settings.production",
        },
        capture_output=True,
        text=True,
    )
    assert check.stdout.strip() == "False False"


@pytest.mark.django_db
def test_demo_password_logs_in_only_where_allowed():
    assert authenticate(username="admin", password=DEMO_PASSWORD) is not None
    with override_settings(ALLOW_DEMO_PASSWORD=False):
        assert authenticate(username="admin", password=DEMO_PASSWORD) is None


def test_demo_password_is_refused_as_a_new_password():
    with pytest.raises(ValidationError, match="openbare demowachtwoord"):
        RefuseDemoPasswordValidator().validate(DEMO_PASSWORD)
    RefuseDemoPasswordValidator().validate("een-heel-ander-wachtwoord-2026")


def test_load_demo_content_refuses_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "load_demo_content"],
        cwd=ROOT,
        env={
            **os.environ,
            "SECRET_KEY": "x" * 50,
            "ALLOWED_HOSTS": "example.org",
            "DJANGO_SETTINGS_MODULE": "stabiliteit.settings.production",
            "DATABASE_URL": "sqlite:///:memory:",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "productie-instellingen" in result.stderr


def deploy_check(**env):
    # Not inherited: HSTS switches, and the async escape hatch other tests set (async.E001).
    skipped = ("HSTS_", "DJANGO_ALLOW_ASYNC_UNSAFE")
    environment = {k: v for k, v in os.environ.items() if not k.startswith(skipped)}
    environment.update(
        SECRET_KEY="Zq9-" + "k7Lm2Xp4Rt8Vb3Nc6Hj1" * 3,
        ALLOWED_HOSTS="example.org",
        DJANGO_SETTINGS_MODULE="stabiliteit.settings.production",
        # A complete production configuration has a shared cache (else ops.W003 warns);
        # the check does not connect to it.
        REDIS_URL="redis://127.0.0.1:6379/0",
        # ... and the base URL of its links (core/baseurl.py; else wagtailadmin.W003 warns).
        BASE_URL="https://example.org",
        **env,
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_deploy_check_has_no_hsts_warnings():
    # Issue 12 G: W005 (include subdomains) and W021 (preload) were reported.
    result = deploy_check()
    output = result.stdout + result.stderr
    assert "security.W005" not in output and "security.W021" not in output, output
    assert "System check identified no issues" in output, output


def test_hsts_subdomains_and_preload_can_be_switched_off():
    result = deploy_check(HSTS_INCLUDE_SUBDOMAINS="0")
    output = result.stdout + result.stderr
    assert "security.W005" in output and "security.W021" in output
