"""The link checker against a local server: 200, 301, 404, 500, a timeout, HEAD refused,
a redirect loop; the per-host rate limit; private addresses refused by default."""

import socket
import time

import pytest

from linkcheck.checker import Checker, HostThrottle, check_urls


def check(base, path, **options):
    options.setdefault("allow_private", True)
    options.setdefault("timeout", 0.4)
    options.setdefault("per_host", 5)
    return check_urls([base + path], **options)[0]


def methods_for(server, path, since):
    return [method for at, method, p in server.requests if p == path and at >= since]


def test_ok(site):
    server, base = site
    result = check(base, "/ok")
    assert result.ok and result.status_code == 200 and result.method == "HEAD"
    assert result.redirect_status is None and result.final_url == ""


def test_permanent_redirect_is_followed_and_recorded(site):
    server, base = site
    result = check(base, "/moved")
    assert result.ok and result.status_code == 200
    assert result.redirect_status == 301
    assert result.final_url == base + "/ok"


def test_redirect_to_a_missing_page_is_broken(site):
    result = check(site[1], "/moved-away")
    assert not result.ok and result.status_code == 404 and result.redirect_status == 301


@pytest.mark.parametrize("path,status", [("/missing", 404), ("/error", 500)])
def test_error_statuses_are_broken_after_trying_get(site, path, status):
    server, base = site
    start = len(server.requests)
    result = check(base, path)
    assert not result.ok and result.status_code == status and result.method == "GET"
    assert [method for _at, method, p in server.requests[start:] if p == path] == ["HEAD", "GET"]


def test_head_refused_falls_back_to_get(site):
    result = check(site[1], "/no-head")
    assert result.ok and result.method == "GET" and result.status_code == 200


def test_timeout_is_reported_without_a_second_try(site):
    server, base = site
    start = len(server.requests)
    result = check(base, "/slow", timeout=0.3)
    assert not result.ok and result.status_code is None
    assert result.error == "Geen antwoord binnen 0.3 seconden."
    assert result.elapsed_ms < 1400
    assert [method for _at, method, p in server.requests[start:] if p == "/slow"] == ["HEAD"]


def test_redirect_loop_is_broken(site):
    result = check(site[1], "/loop")
    assert not result.ok and result.error == "Te veel doorverwijzingen."


def test_unreachable_server(site):
    result = check_urls(["http://127.0.0.1:9/"], allow_private=True, timeout=0.5)[0]
    assert not result.ok and result.error == "De server is niet bereikbaar."


def test_private_addresses_are_not_fetched_by_default(site):
    server, base = site
    start = len(server.requests)
    result = check_urls([base + "/ok"], timeout=0.5)[0]
    assert not result.ok and result.error == "Intern adres: niet gecontroleerd."
    assert server.requests[start:] == []


def test_never_more_than_per_host_requests_per_second(site):
    server, base = site
    start = len(server.requests)
    urls = [f"{base}/ok?n={n}" for n in range(8)]
    began = time.monotonic()
    results = check_urls(urls, workers=8, per_host=4, timeout=1, allow_private=True)
    assert all(result.ok for result in results)
    times = sorted(at for at, _m, _p in server.requests[start:])
    assert len(times) == 8
    # 4 per second: the n-th request is sent 0.25 s after the one before, so it reaches the
    # server (the same process and clock) at least n × 0.25 s after the check began, and
    # the 8 take 1.75 s at least. A request can arrive later than it was sent (the server
    # accepts late on a loaded machine, and requests then arrive together), never earlier.
    assert all(at >= began + n * 0.25 - 0.01 for n, at in enumerate(times)), [t - began for t in times]
    assert times[-1] - began >= 1.75 - 0.01


def test_throttle_spaces_per_host_only():
    now = [100.0]
    slept = []
    throttle = HostThrottle(2, clock=lambda: now[0], sleep=slept.append)
    throttle.wait("a.example")
    throttle.wait("a.example")
    throttle.wait("b.example")
    throttle.wait("a.example")
    assert slept == [0.5, 1.0]


def test_bounded_concurrency_caps_workers():
    from linkcheck.checker import MAX_WORKERS

    assert check_urls([], workers=1000) == []
    assert MAX_WORKERS == 16
    assert Checker(per_host=100).throttle.interval == pytest.approx(1 / 5)


# Issue 22: the host is resolved once per hop and the request goes to the address that was
# checked; a failed lookup is refused instead of being treated as public.

PUBLIC_ADDRESS = "1.1.1.1"  # global; unreachable from the test machine, or refused


@pytest.fixture
def rebinding_dns(monkeypatch):
    """A name whose first answer is a public address and every later one loopback, as a DNS
    rebinding attacker answers; other names resolve normally."""
    real = socket.getaddrinfo
    answers = []

    def getaddrinfo(host, port, *args, **kwargs):
        if host != "rebind.example":
            return real(host, port, *args, **kwargs)
        address = PUBLIC_ADDRESS if not answers else "127.0.0.1"
        answers.append(address)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port or 0))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return answers


def test_dns_rebinding_cannot_reach_an_internal_address(site, rebinding_dns):
    server, base = site
    port = base.rsplit(":", 1)[1]
    start = len(server.requests)
    result = check_urls([f"http://rebind.example:{port}/ok"], timeout=0.5)[0]
    assert server.requests[start:] == []  # the loopback server was never asked
    assert not result.ok
    assert rebinding_dns[0] == PUBLIC_ADDRESS


def test_failed_lookup_is_refused_not_fetched():
    result = check_urls(["http://bestaat-niet.invalid/pagina"], timeout=0.5)[0]
    assert not result.ok
    assert result.error == "De servernaam bestaat niet of is niet te vinden: niet gecontroleerd."
    assert result.method == "HEAD"  # refused at once: no GET attempt either


def test_pinned_address_keeps_the_host_name_in_the_request(site):
    server, base = site
    result = check_urls([base.replace("127.0.0.1", "localhost") + "/ok"], allow_private=True, timeout=1)[0]
    assert result.ok and result.status_code == 200
