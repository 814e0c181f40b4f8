"""Replaying the front cache's log (frontcache/cachelog.py): each line is one visitor's
delivery, counted with the rules of a direct count. The lines are what varnishncsa prints
with cachelog.FORMAT (tests/deploy/test_varnish.py reads them from a real Varnish)."""

import json
import os
import signal
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.utils import timezone

from core.surrogate import HEADER
from feedback.models import DailyUsage
from frontcache import cachelog
from offerings.models import TrainingPage
from search.models import SearchQueryDay
from stabiliteit.settings.networks import parse_networks
from tests.deploy.frontstack import wait_until

pytestmark = pytest.mark.django_db
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"
VIA_CACHE = {"HTTP_SURROGATE_CAPABILITY": "varnish=Teller/1", "HTTP_USER_AGENT": FIREFOX}


@pytest.fixture(autouse=True)
def behind_varnish(settings):
    settings.TRUSTED_PROXIES = parse_networks("127.0.0.1")
    DailyUsage.objects.all().delete()
    SearchQueryDay.objects.all().delete()
    cache.clear()
    yield
    cache.clear()


def line(counting, method="GET", peer="127.0.0.1", forwarded="203.0.113.1, 127.0.0.1", agent=FIREFOX):
    return json.dumps(
        {"counting": counting, "method": method, "peer": peer, "forwarded": forwarded, "agent": agent}
    )


def views(page):
    row = DailyUsage.objects.filter(page=page, day=timezone.localdate()).first()
    return row.views if row else 0


def offering():
    return TrainingPage.objects.live().public().order_by("pk").first()


def test_each_visitor_in_the_log_counts_once_a_day(client):
    page = offering()
    (url,) = client.get(page.url, **VIA_CACHE).headers[HEADER].split()
    for forwarded in ("203.0.113.1, 127.0.0.1", "203.0.113.1, 127.0.0.1", "203.0.113.2, 127.0.0.1"):
        assert cachelog.replay(line(url, forwarded=forwarded)) == 1
    assert views(page) == 2


def test_the_rules_of_a_view_hold_for_the_log(client):
    page = offering()
    url = f"/teller/aanbod/{page.pk}/"
    cachelog.replay(line(url, agent="Googlebot/2.1"))
    cachelog.replay(line(url, agent="-"))  # no user agent at all
    cachelog.replay(line(url, agent=""))
    cachelog.replay(line(url, method="HEAD"))
    assert views(page) == 0
    # The address is read as for a direct request: a client's own X-Forwarded-For, from a
    # peer that is no trusted proxy, is not believed.
    cachelog.replay(line(url, peer="198.51.100.7", forwarded="203.0.113.5, 198.51.100.7"))
    cachelog.replay(line(url, peer="198.51.100.7", forwarded="203.0.113.6, 198.51.100.7"))
    assert views(page) == 1


def test_a_cached_search_is_logged_for_each_visitor(client):
    answer = client.get("/aanbod/", {"q": "qqxxzzvv Jongeren"}, **VIA_CACHE)
    (url,) = answer.headers[HEADER].split()
    for visitor in (1, 2, 3):
        cachelog.replay(line(url, forwarded=f"203.0.113.{visitor}, 127.0.0.1"))
    row = SearchQueryDay.objects.get(query="qqxxzzvv jongeren", day=timezone.localdate())
    assert (row.searches, row.result_count) == (3, 0)


def test_lines_that_are_not_the_format_count_nothing_and_stop_nothing(client):
    page = offering()
    url = f"/teller/aanbod/{page.pk}/"
    bad_lines = [
        "",
        "niet json",
        json.dumps(["a", "b"]),
        json.dumps({"counting": url}),  # fields missing
        json.dumps({"counting": url, "method": 1, "peer": "", "forwarded": "", "agent": ""}),
        line("/aanbod/"),  # not a counting URL
        line("/teller/bestaat-niet/"),
        line("/teller/aanbod/abc/ /teller/zoekvraag/niet-ondertekend/"),  # refused by the view
    ]
    assert [cachelog.replay(bad) for bad in bad_lines] == [0, 0, 0, 0, 0, 0, 0, 2]
    assert not DailyUsage.objects.exists() and not SearchQueryDay.objects.exists()
    assert cachelog.replay(line(f"{url} " * 20)) == cachelog.MAX_URLS_PER_LINE
    assert views(page) == 1  # still once per client and day


def test_the_command_says_when_varnishncsa_is_missing(tmp_path):
    with pytest.raises(CommandError, match="varnishncsa start niet"):
        call_command("count_from_cache_log", varnishncsa=str(tmp_path / "varnishncsa"), verbosity=0)


def test_the_command_stops_with_varnishncsa(tmp_path):
    """Without a Varnish to read, varnishncsa ends, and so does the reader (its service
    manager starts both again)."""
    fake = tmp_path / "varnishncsa"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    with pytest.raises(CommandError, match="varnishncsa stopte"):
        call_command("count_from_cache_log", varnishncsa=str(fake), verbosity=0)


def test_the_command_stops_its_varnishncsa_when_it_is_stopped(tmp_path):
    """A service manager or `make serve` stops the reader with SIGTERM: its varnishncsa must
    not live on without it."""
    pidfile = tmp_path / "reader.pid"
    fake = tmp_path / "varnishncsa"
    fake.write_text(f"#!/bin/sh\necho $$ > {pidfile}\nexec sleep 600\n")
    fake.chmod(0o755)
    command = [
        sys.executable,
        "manage.py",
        "count_from_cache_log",
        "--varnishncsa",
        str(fake),
        "--verbosity",
        "0",
    ]
    counter = subprocess.Popen(command, cwd=settings.BASE_DIR, stderr=subprocess.DEVNULL)  # noqa: S603
    try:
        wait_until(lambda: pidfile.exists() and pidfile.read_text().strip(), 60, "varnishncsa never started")
        reader = int(pidfile.read_text())
        counter.send_signal(signal.SIGTERM)
        assert counter.wait(timeout=30) != 0
    finally:
        if counter.poll() is None:
            counter.kill()
    with pytest.raises(ProcessLookupError):
        os.kill(reader, 0)
