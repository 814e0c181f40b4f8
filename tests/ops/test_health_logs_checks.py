"""Health endpoint, request ids in JSON logs and production's system checks (issue 14 #5)."""

import io
import json
import logging
import re
import socket
from unittest import mock

import pytest
from django.core.checks import run_checks
from django.test import override_settings

from ops.requestid import RequestIdFilter
from stabiliteit.settings.networks import parse_networks

URL = "/gezondheid/"


def closed_port_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://elastic:geheim-wachtwoord@127.0.0.1:{port}/"


@pytest.mark.django_db
def test_health_is_200_when_database_and_cache_answer(client, settings):
    settings.SEARCH_URL = ""
    response = client.get(URL)
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "database": "ok",
        "cache": "ok",
    }
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_is_degraded_without_details_when_the_search_engine_is_down(client, settings, caplog):
    # The site still serves search from the database: a load balancer must keep this worker.
    settings.SEARCH_URL = closed_port_url()
    settings.HEALTH_CHECK_TIMEOUT = 1
    response = client.get(URL)
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "beperkt" and body["checks"]["search"]["status"] == "fout"
    assert body["checks"]["database"]["status"] == "ok"
    text = response.content.decode()
    # No secrets, addresses, versions or error texts in the public answer; the log has them.
    for leak in ("geheim-wachtwoord", "127.0.0.1", "elastic", "Error", "5.2", "7.4", settings.SECRET_KEY):
        assert leak not in text
    assert "health check search failed" in caplog.text


@pytest.mark.django_db
def test_health_is_503_when_the_database_fails(client):
    failing = mock.Mock(side_effect=Exception("connection refused"))
    with mock.patch.dict("ops.health.CHECKS", {"database": failing}):
        response = client.get(URL)
    assert response.status_code == 503
    assert response.json()["status"] == "fout"
    assert response.json()["checks"]["database"]["status"] == "fout"
    assert "connection refused" not in response.content.decode()


@pytest.mark.django_db
def test_health_is_degraded_not_503_when_the_cache_fails(client):
    """Issue 21: pages are served without Redis (tests/ops/test_fault_redis.py stops a real one)."""

    def broken(*args, **kwargs):
        raise ConnectionError("redis down")

    with mock.patch("ops.health.cache.set", broken):
        response = client.get(URL)
    assert response.status_code == 200
    assert response.json()["status"] == "beperkt"
    assert response.json()["checks"]["cache"]["status"] == "fout"


@pytest.mark.django_db
def test_health_is_503_when_the_database_fails_even_if_only_search_is_degradable(client, settings):
    settings.SEARCH_URL = closed_port_url()
    settings.HEALTH_CHECK_TIMEOUT = 1
    failing = mock.Mock(side_effect=Exception("connection refused"))
    with mock.patch.dict("ops.health.CHECKS", {"database": failing}):
        response = client.get(URL)
    assert response.status_code == 503
    assert response.json()["status"] == "fout"


@pytest.mark.django_db
def test_health_refuses_other_methods(client):
    response = client.post(URL)
    assert response.status_code == 405
    assert response["Allow"] == "GET"
    assert b"status" not in response.content


# Request ids and JSON logs --------------------------------------------------------------


@pytest.mark.django_db
def test_every_response_has_a_request_id_and_an_untrusted_one_is_replaced(client, settings):
    settings.TRUSTED_PROXIES = ()
    response = client.get(URL, HTTP_X_REQUEST_ID="aangeleverd-door-bezoeker")
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


@pytest.mark.django_db
def test_the_trusted_proxys_request_id_is_kept(client, settings):
    settings.TRUSTED_PROXIES = parse_networks("127.0.0.1")
    response = client.get(URL, REMOTE_ADDR="127.0.0.1", HTTP_X_REQUEST_ID="0f3c9a77b1e24d0c")
    assert response["X-Request-ID"] == "0f3c9a77b1e24d0c"
    # Not an id (spaces, too long): replaced even from the proxy.
    odd = client.get(URL, REMOTE_ADDR="127.0.0.1", HTTP_X_REQUEST_ID="x y" * 40)
    assert odd["X-Request-ID"] != "x y" * 40


@pytest.mark.django_db
def test_json_log_lines_carry_the_request_id(client, settings):
    from django.utils.log import configure_logging

    stream = io.StringIO()
    config = {**settings.LOGGING, "handlers": {**settings.LOGGING["handlers"]}}
    config["handlers"]["console"] = {**config["handlers"]["console"], "formatter": "json", "stream": stream}
    config["handlers"]["console"]["class"] = "logging.StreamHandler"
    try:
        configure_logging(settings.LOGGING_CONFIG, config)
        settings.SEARCH_URL = closed_port_url()
        settings.HEALTH_CHECK_TIMEOUT = 1
        response = client.get(URL)
    finally:
        configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)
    records = [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]
    failure = next(record for record in records if record["message"] == "health check search failed")
    assert failure["request_id"] == response["X-Request-ID"]
    assert failure["level"] == "ERROR" and failure["logger"] == "ops.health"
    assert "exc_info" in failure


def test_log_records_outside_a_request_get_a_dash():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hallo", None, None)
    RequestIdFilter().filter(record)
    assert record.request_id == "-"


# Production's system checks -------------------------------------------------------------


def ops_warnings():
    return {message.id: message for message in run_checks() if message.id.startswith("ops.")}


@pytest.mark.django_db
def test_no_production_warnings_outside_production():
    assert ops_warnings() == {}


@pytest.mark.django_db
@override_settings(
    OPS_PRODUCTION_CHECKS=True,
    DEBUG=True,
    ALLOW_DEMO_PASSWORD=True,
    LOCAL_HTTP=True,
    SEARCH_URL="",
    OPS_MAX_OFFERINGS_WITHOUT_SEARCH_ENGINE=10,
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
)
def test_unsafe_production_settings_are_warned_about():
    warnings = ops_warnings()
    assert set(warnings) == {"ops.W001", "ops.W002", "ops.W003", "ops.W004", "ops.W005"}
    assert "every worker process counts rate limits" in warnings["ops.W003"].msg
    assert "live offerings and no SEARCH_URL" in warnings["ops.W005"].msg


@pytest.mark.django_db
@override_settings(
    OPS_PRODUCTION_CHECKS=True,
    DEBUG=False,
    ALLOW_DEMO_PASSWORD=False,
    LOCAL_HTTP=False,
    SEARCH_URL="",
    CACHES={"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://x"}},
)
def test_a_sound_production_configuration_has_no_warnings():
    # The demo has fewer than 5,000 offerings: the database search is enough.
    assert ops_warnings() == {}
