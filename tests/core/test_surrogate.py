"""Counting through the front cache (core/surrogate.py): one rule decides, for offering views
and the search log, whether the application counts a request itself or names the counting
URL for the cache's log (replayed by frontcache/cachelog.py, tests/frontcache/), so a visit
is counted exactly once either way."""

import pytest
from django.core import signing
from django.core.cache import cache
from django.utils import timezone

from feedback.models import DailyUsage
from offerings.models import OfferingPage, TrainingPage
from search.models import SearchQueryDay
from search.querylog import TOKEN_SALT
from stabiliteit.settings.networks import parse_networks

pytestmark = pytest.mark.django_db
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"}
# What Varnish (deploy/varnish/stabiliteit.vcl) adds to every request it passes on.
VIA_CACHE = {"HTTP_SURROGATE_CAPABILITY": "varnish=Teller/1", **BROWSER}


def counting_urls(answer):
    return answer.headers["Teller"].split() if "Teller" in answer.headers else []


@pytest.fixture(autouse=True)
def behind_varnish(settings):
    """Varnish on this host is the trusted proxy (REMOTE_ADDR of the test client)."""
    settings.TRUSTED_PROXIES = parse_networks("127.0.0.1")
    DailyUsage.objects.all().delete()  # the demo content's figures: only this test's count
    SearchQueryDay.objects.all().delete()
    cache.clear()
    yield
    cache.clear()


def views(page):
    row = DailyUsage.objects.filter(page=page, day=timezone.localdate()).first()
    return row.views if row else 0


def searches(query):
    row = SearchQueryDay.objects.filter(query=query, day=timezone.localdate()).first()
    return (row.searches, row.result_count) if row else (0, None)


def offering():
    return TrainingPage.objects.live().public().order_by("pk").first()


def test_without_the_cache_a_view_is_counted_at_once_and_names_no_counting_url(client):
    page = offering()
    answer = client.get(page.url, HTTP_X_FORWARDED_FOR="203.0.113.1", **BROWSER)
    assert answer.status_code == 200 and views(page) == 1
    assert counting_urls(answer) == []


def test_through_the_cache_the_page_names_its_counting_url_and_that_url_counts(client):
    page = offering()
    answer = client.get(page.url, HTTP_X_FORWARDED_FOR="203.0.113.1", **VIA_CACHE)
    assert counting_urls(answer) == [f"/teller/aanbod/{page.pk}/"]
    assert "esi:include" not in answer.content.decode()
    assert views(page) == 0  # the cache's log counts, not the page
    # What the log reader replays for each visitor the cache served: once per client and day.
    for address, expected in (("203.0.113.1", 1), ("203.0.113.1", 1), ("203.0.113.2", 2)):
        counted = client.get(f"/teller/aanbod/{page.pk}/", HTTP_X_FORWARDED_FOR=address, **VIA_CACHE)
        assert counted.status_code == 204 and counted.content == b""
        assert (
            "no-store" in counted.headers["Cache-Control"] and "private" in counted.headers["Cache-Control"]
        )
        assert views(page) == expected


def test_the_counting_url_keeps_the_rules_of_a_view(client, login):
    page = offering()
    client.get(f"/teller/aanbod/{page.pk}/", HTTP_USER_AGENT="Googlebot/2.1")
    login("admin").get(f"/teller/aanbod/{page.pk}/", **BROWSER)
    client.logout()
    assert views(page) == 0  # robots and editors do not count here either
    for _ in range(20):  # nor does repeating it: once per client, page and day
        client.get(f"/teller/aanbod/{page.pk}/", **BROWSER)
    assert views(page) == 1


def test_a_capability_header_from_an_untrusted_peer_is_not_believed(client):
    page = offering()
    answer = client.get(page.url, REMOTE_ADDR="198.51.100.7", **VIA_CACHE)
    assert counting_urls(answer) == [] and views(page) == 1


def test_a_logged_in_editor_through_the_cache_is_left_to_the_application(login):
    """The cache shares no response of a logged-in user, so its log must not count it: the
    application decides now (and does not count editors)."""
    page = offering()
    answer = login("admin").get(page.url, **VIA_CACHE)
    assert answer.status_code == 200 and counting_urls(answer) == []
    assert views(page) == 0


def test_bad_counting_urls_are_refused_alike_and_count_nothing(client):
    draft = OfferingPage.objects.filter(live=False).first()
    home = OfferingPage.objects.live().first().get_parent().get_parent()
    refused = set()
    for value in ["abc", "0", "-1", "99999999999999999999", "١٢", str(home.pk), str(draft.pk), "999999"]:
        answer = client.get(f"/teller/aanbod/{value}/", **BROWSER)
        assert answer.status_code == 400, value
        assert "no-store" in answer.headers["Cache-Control"]
        refused.add(answer.content)
    assert refused == {b"Ongeldige teller."}  # nothing tells a draft from nothing
    assert not DailyUsage.objects.exists()


def test_without_the_cache_a_search_is_logged_at_once(client):
    answer = client.get("/aanbod/", {"q": "Polarisatie"})
    assert counting_urls(answer) == []
    assert searches("polarisatie")[0] == 1


def test_through_the_cache_each_visit_of_a_cached_search_is_logged(client):
    for path in ("/aanbod/", "/zoeken/"):
        SearchQueryDay.objects.all().delete()
        answer = client.get(path, {"q": "qqxxzzvv Jongeren"}, **VIA_CACHE)
        (url,) = counting_urls(answer)
        assert searches("qqxxzzvv jongeren") == (0, None)
        for visit in (1, 2, 3):  # three visitors served the cached copy
            counted = client.get(url, HTTP_X_FORWARDED_FOR=f"203.0.113.{visit}", **VIA_CACHE)
            assert counted.status_code == 204
        assert searches("qqxxzzvv jongeren") == (3, 0), path


def test_a_search_counting_url_the_site_did_not_make_is_refused(client):
    answer = client.get("/aanbod/", {"q": "polarisatie"}, **VIA_CACHE)
    (url,) = counting_urls(answer)
    token = url.split("/")[-2]
    forged_total = signing.dumps(["polarisatie", 0], salt="another salt", compress=True)
    unsigned = signing.dumps(["polarisatie", 0], key="not the secret key", salt=TOKEN_SALT)
    wrong_shape = signing.dumps({"q": "polarisatie"}, salt=TOKEN_SALT)
    for bad in [token[:-2] + "xx", forged_total, unsigned, wrong_shape, "x" * 2000, "%00"]:
        refused = client.get(f"/teller/zoekvraag/{bad}/")
        assert refused.status_code == 400 and refused.content == b"Ongeldige teller.", bad
    assert searches("polarisatie") == (0, None)
    assert client.get(url).status_code == 204 and searches("polarisatie")[0] == 1


def test_one_client_logs_at_most_its_hourly_limit(client, settings):
    settings.SEARCH_LOG_MAX_PER_HOUR = 2
    answer = client.get("/aanbod/", {"q": "polarisatie"}, **VIA_CACHE)
    (url,) = counting_urls(answer)
    for _ in range(5):
        assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 204
    client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.10")
    assert searches("polarisatie")[0] == 3
