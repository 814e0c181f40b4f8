"""Varnish in front of gunicorn (deploy/varnish/, frontcache/): what is cached and what never
is, purge on each kind of change, serving through an outage. Real varnishd, real gunicorn
(tests/deploy/frontstack.py); without varnishd these tests skip, unless CI=true or
REQUIRE_VARNISH=1 (.ci/run installs Debian's varnish and varnish-modules).

The X-Cache header (deploy/varnish/stabiliteit.vcl, vcl_deliver) says how Varnish answered:
hit (from the cache), miss (fetched and kept) or pass (fetched, never kept).
"""

import os
import re
import subprocess
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from tests.deploy import frontstack

# The stack runs on a copy of the test database: the session must create it.
# One stack per xdist worker and the tests in order on it (CI: --dist loadgroup).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("varnish")]

# Seconds a soft-purged listing may take to show a change: one stale answer, then the copy
# Varnish fetched meanwhile (an uncached response of a busy, shared machine). The target of
# 2 s for what visitors see is measured under load by bench/load.py, not here.
VISIBLE_WITHIN = 10.0
DEMO_PASSWORD = "stabiel-demo-2026"  # noqa: S105 (test settings only)


def required():
    return os.environ.get("CI") == "true" or os.environ.get("REQUIRE_VARNISH") == "1"


@pytest.fixture(scope="module")
def stack(django_db_setup, django_db_blocker, tmp_path_factory):
    if not frontstack.varnish_installed():
        message = "varnishd not installed (apt-get install varnish varnish-modules)"
        if required():
            pytest.fail(f"REQUIRE_VARNISH: {message}")
        pytest.skip(message)
    workdir = tmp_path_factory.mktemp("front")
    with django_db_blocker.unblock():
        database_url, copy = frontstack.copy_test_database(workdir)
    running = frontstack.Stack(workdir, database_url)
    try:
        running.start()
        running.info = running.edit(do="info")
        yield running
    finally:
        running.stop()
        with django_db_blocker.unblock():
            frontstack.drop_copy(copy)


def marker():
    return f"cachetoets{uuid.uuid4().hex[:8]}"


def cached_twice(stack, path):
    """The second of two anonymous GETs: it must come from the cache."""
    first = stack.get(path)
    second = stack.get(path)
    return first, second


def logged_in_session(stack, username="admin"):
    session = requests.Session()
    page = session.get(f"{stack.url}/admin/login/", timeout=30)
    token = session.cookies["csrftoken"]
    assert page.headers["X-Cache"] == "pass"
    answer = session.post(
        f"{stack.url}/admin/login/",
        data={"username": username, "password": DEMO_PASSWORD, "csrfmiddlewaretoken": token},
        timeout=30,
        allow_redirects=False,
    )
    assert answer.status_code == 302, re.findall(r"(?s)<p[^>]*error[^>]*>.*?</p>", answer.text)
    assert "sessionid" in session.cookies
    return session


def test_the_configuration_compiles(tmp_path):
    if not frontstack.varnish_installed():
        if required():
            pytest.fail("REQUIRE_VARNISH: varnishd not installed")
        pytest.skip("varnishd not installed")
    here = frontstack.ROOT / "deploy" / "varnish"
    result = subprocess.run(
        [
            frontstack.VARNISHD,
            "-C",
            "-f",
            str(here / "stabiliteit.vcl"),
            "-p",
            f"vcl_path={here}",
            "-n",
            str(tmp_path / "n"),
        ],  # fmt: skip
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "xkey" in result.stderr + result.stdout  # the vmod was found


def test_anonymous_public_responses_come_from_the_cache(stack):
    offering = stack.info["offerings"][0]
    paths = [
        "/",
        "/aanbod/",
        "/aanbod/?thema=polarisatie&soort=training",
        "/aanbod/feed/",
        "/zoeken/?q=onrust",
        "/api/v2/offerings/",
        "/api/v2/offerings/?q=radicalisering",
        f"/api/v2/offerings/{offering['id']}/",
        "/sitemap.xml",
        offering["url"],
        offering["parent"],
        stack.info["chapter"]["url"],
        "/mist-u-iets/",
        "/static/css/site.css",
    ]
    for path in paths:
        first, second = cached_twice(stack, path)
        assert first.status_code == second.status_code == 200, path
        assert second.headers["X-Cache"] == "hit", (path, second.headers)
        assert second.content == first.content, path
        assert "Set-Cookie" not in second.headers, path
        # The application said so, the VCL did not guess.
        assert re.search(r"public|s-maxage", second.headers["Cache-Control"]), path


def test_forms_on_cached_pages_carry_no_token(stack):
    """'Was dit nuttig?', 'Volg deze zoekopdracht' and 'Mist u iets?' stay cacheable."""
    offering = stack.info["offerings"][0]
    for path, form_action in (
        (offering["url"], f"/nuttig/{offering['id']}/"),
        ("/aanbod/?thema=polarisatie", "/zoekopdracht-volgen/"),
        ("/mist-u-iets/", "/mist-u-iets/"),
    ):
        first, second = cached_twice(stack, path)
        assert f'action="{form_action}"' in second.text, path
        assert "csrfmiddlewaretoken" not in second.text, path
        assert second.headers["X-Cache"] == "hit", path


BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"}
COUNTED_WITHIN = 20.0  # seconds for varnishncsa and count_from_cache_log on a busy machine


def counted_through(stack, offering, queries, sentinel):
    """Today's counts once the log reader has replayed everything delivered so far: it reads
    the log in order, so once a search of `sentinel` (made last) is logged, all is."""
    visit = stack.get(f"/zoeken/?q={sentinel}", headers={**BROWSER, "X-Forwarded-For": "203.0.113.250"})
    assert visit.status_code == 200
    deadline = time.monotonic() + COUNTED_WITHIN
    while True:
        counts = stack.edit(do="counts", page=offering["id"], queries=[*queries, sentinel])
        if counts["searches"][-1] or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert counts["searches"].pop() == 1, "the log reader never counted the last visit"
    return counts


def test_views_and_searches_are_counted_per_visitor_from_the_cache_log(stack):
    """Offering views and the search log through the cache (core/surrogate.py): each visitor
    served a copy, hit or miss, is counted from Varnish's log with the rules of a view; the
    page itself is a plain hit (no include, nothing for the application to do)."""
    offering = stack.info["offerings"][0]

    def visit(path, client, headers=BROWSER, method="GET"):
        answer = requests.request(
            method, stack.url + path, headers={**headers, "X-Forwarded-For": client}, timeout=30
        )
        assert answer.status_code == 200 and "esi:include" not in answer.text, path
        assert "Teller" not in answer.headers, path  # for the log, not for the visitor
        return answer.headers["X-Cache"]

    finder_query, site_query = marker(), marker()
    queries = [finder_query, site_query]
    before = counted_through(stack, offering, queries, marker())
    # Two clients and a repeat: the page is a copy from the cache for the last two, and
    # gunicorn hears nothing of them (no include, no counting request).
    caches = [visit(offering["url"], "203.0.113.1")]
    sent_to_gunicorn = stack.backend_requests()
    caches += [visit(offering["url"], client) for client in ("203.0.113.2", "203.0.113.1")]
    assert caches[1:] == ["hit", "hit"]
    assert stack.backend_requests() == sent_to_gunicorn
    # Not counted, as without the cache: a robot, a HEAD request.
    visit(offering["url"], "203.0.113.3", headers={"User-Agent": "Googlebot/2.1"})
    visit(offering["url"], "203.0.113.4", method="HEAD")
    # A cached finder query and a cached site search, each visited by three clients.
    caches = [visit(f"/aanbod/?q={finder_query}", f"203.0.113.{n}") for n in (1, 2, 3)]
    caches += [visit(f"/zoeken/?q={site_query}", f"203.0.113.{n}") for n in (1, 2, 3)]
    assert caches.count("hit") == 4, caches
    after = counted_through(stack, offering, queries, marker())
    assert after["views"] == before["views"] + 2  # two clients; the repeat counts once
    assert after["searches"] == [3, 3]  # each visit, not each cached copy
    # A logged-in editor's view reaches the application, which does not count it.
    editor = logged_in_session(stack)
    assert editor.get(stack.url + offering["url"], timeout=30).headers["X-Cache"] == "pass"
    assert counted_through(stack, offering, queries, marker())["views"] == after["views"]
    # The counting URL itself is never kept, and refuses what the site did not make.
    counter = f"/teller/aanbod/{offering['id']}/"
    assert [stack.get(counter, headers=BROWSER).headers["X-Cache"] for _ in range(2)] == ["pass", "pass"]
    refused = stack.get("/teller/zoekvraag/niet-ondertekend/", headers=BROWSER)
    assert refused.status_code == 400 and refused.text == "Ongeldige teller."


def test_posts_and_private_things_never_come_from_the_cache(stack):
    offering = stack.info["offerings"][1]
    own_origin = {"Origin": stack.url}
    posts = [
        (f"/nuttig/{offering['id']}/", {"nuttig": "ja", "toelichting": ""}),
        ("/mist-u-iets/", {"query": "x", "description": "Aanbod over buurtbemiddeling", "website": ""}),
        (
            "/zoekopdracht-volgen/",
            {"zoekopdracht": "thema=polarisatie", "email": "a@example.org", "frequentie": "week"},
        ),
    ]
    for path, data in posts * 2:
        answer = requests.post(
            stack.url + path, data=data, headers=own_origin, timeout=30, allow_redirects=False
        )
        assert answer.headers["X-Cache"] == "pass", (path, answer.status_code)
        assert answer.status_code in (200, 302, 400, 429), (path, answer.status_code)
    # Another site's form is refused, in Dutch.
    forged = requests.post(
        stack.url + posts[0][0], data=posts[0][1], headers={"Origin": "https://elders.example"}, timeout=30
    )
    assert forged.status_code == 403 and "alleen vanaf deze website" in forged.text

    for path in ("/admin/login/", "/gezondheid/"):
        first, second = cached_twice(stack, path)
        assert second.headers["X-Cache"] == "pass", path


def test_a_logged_in_editor_gets_nothing_from_the_cache(stack):
    offering = stack.info["offerings"][2]
    public = ["/", "/aanbod/", offering["url"], "/api/v2/offerings/", stack.info["chapter"]["url"]]
    for path in public:  # the anonymous copies are in the cache...
        cached_twice(stack, path)
    editor = logged_in_session(stack)
    answers = [editor.get(stack.url + path, timeout=30, allow_redirects=False) for path in public]
    answers += [
        editor.get(f"{stack.url}/admin/", timeout=30),
        editor.get(f"{stack.url}/admin/pages/{offering['id']}/view_draft/", timeout=30),
    ]
    # ...but none of them reaches the editor, and none of the editor's is kept.
    assert [answer.headers["X-Cache"] for answer in answers] == ["pass"] * len(answers)
    assert all(answer.status_code == 200 for answer in answers), [a.status_code for a in answers]
    assert "Uitloggen" in answers[-2].text or "logout" in answers[-2].text.lower()
    for path in public:
        assert stack.get(path).headers["X-Cache"] == "hit", path  # anonymous copies untouched


def test_private_documents_and_login_only_pages_never_come_from_the_cache(stack):
    document = stack.edit(do="private_document")["url"]
    editor = logged_in_session(stack)
    for _ in range(2):
        anonymous = stack.get(document)
        assert anonymous.status_code in (302, 403), anonymous.status_code
        assert b"vertrouwelijk-verslag-inhoud" not in anonymous.content
        assert anonymous.headers["X-Cache"] != "hit"
        allowed = editor.get(stack.url + document, timeout=30)
        assert allowed.status_code == 200 and allowed.content == b"vertrouwelijk-verslag-inhoud"
        assert allowed.headers["X-Cache"] == "pass"
    assert stack.get(document).status_code != 200  # the editor's copy was not kept

    offering = stack.info["offerings"][3]
    cached_twice(stack, offering["url"])
    stack.edit(do="restrict", page=offering["id"])
    for _ in range(2):
        answer = stack.get(offering["url"])
        assert answer.status_code == 302 and "/login" in answer.headers["Location"]
        assert offering["title"] not in answer.text
        assert answer.headers["X-Cache"] != "hit"


def wait_for(stack, path, predicate, seconds=VISIBLE_WITHIN):
    """Seconds until `predicate(response)` holds for an anonymous GET of `path` (fails after `seconds`)."""
    started = time.monotonic()
    while True:
        answer = stack.get(path)
        if predicate(answer):
            return time.monotonic() - started
        if time.monotonic() - started > seconds:
            raise AssertionError(f"{path}: not within {seconds} s ({answer.status_code}, {answer.headers})")
        time.sleep(0.05)


def test_a_publish_purges_the_page_and_every_listing_that_shows_it(stack):
    offering, unrelated = stack.info["offerings"][0], stack.info["partners"][1]
    listings = [
        "/",
        offering["finder"],
        offering["finder"].replace("/aanbod/", "/aanbod/feed/"),
        offering["finder"].replace("/aanbod/", "/api/v2/offerings/"),
        f"/api/v2/offerings/{offering['id']}/",
        "/sitemap.xml",
        offering["parent"],
    ]
    # Listings that cannot show it: another partner's offerings (finder and API).
    elsewhere = next(p for p in stack.info["partners"] if p["url"] != offering["parent"])["finder"]
    unmatched = [elsewhere, elsewhere.replace("/aanbod/", "/api/v2/offerings/")]
    cached_twice(stack, offering["url"])
    copies = {
        path: cached_twice(stack, path)[1].headers["X-Request-ID"]
        for path in [*listings, *unmatched, unrelated["url"]]
    }
    title = f"{offering['title']} {marker()}"
    stack.edit(do="publish", page=offering["id"], title=title)
    # Asked at once: had the publish marked them stale, Varnish would fetch them meanwhile.
    for path in unmatched:
        assert stack.get(path).headers["X-Request-ID"] == copies[path]
    # The page itself at once (purged, not served stale)...
    page = stack.get(offering["url"])
    assert title in page.text and page.headers["X-Cache"] != "hit"
    # ...the listings that show it within the target (soft purge: one stale answer at most).
    escaped = title.replace("&", "&amp;")
    for path in listings[1:-2] + [offering["parent"]]:
        wait_for(stack, path, lambda answer: escaped in answer.text or title in answer.text)
    # The home page's counts and the sitemap were fetched anew too (another request made them)...
    for path in ("/", "/sitemap.xml"):
        wait_for(stack, path, lambda answer, path=path: answer.headers["X-Request-ID"] != copies[path])
    # ...and nothing else: another partner's page and listings are still the copies made before.
    for path in [unrelated["url"], *unmatched]:
        assert stack.get(path).headers["X-Request-ID"] == copies[path], path


def test_a_check_in_a_review_round_refreshes_the_page_and_the_api(stack):
    """'Nog actueel' makes no revision, but the page says when it was last checked and the
    API gives `last_reviewed_at` (review/history.py, frontcache/changes.py)."""
    offering = stack.edit(do="open_review_item")
    detail, listing = f"/api/v2/offerings/{offering['id']}/", offering["listing"]
    page, _ = cached_twice(stack, offering["url"])
    before = {path: cached_twice(stack, path)[1].json() for path in (detail, listing)}
    stack.edit(do="confirm", page=offering["id"])
    wait_for(stack, offering["url"], lambda answer: answer.text != page.text)

    def reviewed(answer, path):
        items = answer["items"] if path == listing else [answer]
        return next(item["last_reviewed_at"] for item in items if item["id"] == offering["id"])

    for path in (detail, listing):
        was = reviewed(before[path], path)
        wait_for(stack, path, lambda answer, path=path, was=was: reviewed(answer.json(), path) != was)


def test_shared_fragments_follow_a_publish(stack):
    """The finder's result cards and the API listing's items are kept per catalogue stamp
    and shared between listings (search/fragments.py): straight from gunicorn (no Varnish),
    listings asked before a publish and listings asked for the first time after it all show
    the new title."""
    offering = stack.info["offerings"][2]
    app = f"http://127.0.0.1:{stack.app_port}"
    finder, api = offering["finder"], offering["finder"].replace("/aanbod/", "/api/v2/offerings/")
    asked = [finder, finder + "&sorteer=nieuw", api]
    for path in asked:
        assert offering["title"] in requests.get(app + path, timeout=30).text.replace("&amp;", "&")
    title = f"{offering['title']} {marker()}"
    stack.edit(do="publish", page=offering["id"], title=title)
    for path in [*asked, finder + "&sorteer=titel", api + "&sorteer=nieuw"]:
        assert title in requests.get(app + path, timeout=30).text.replace("&amp;", "&"), path


def test_a_publication_publish_purges_the_chapters_that_analyse_it(stack):
    cited, chapter = stack.info["cited"], stack.info["chapter"]
    cached_twice(stack, chapter["url"])
    title = f"{cited['title']} {marker()}"
    stack.edit(do="publish", page=cited["id"], title=title)
    wait_for(stack, chapter["url"], lambda answer: title in answer.text)


def test_scheduled_publishing_purges(stack):
    offering = stack.info["offerings"][4]
    cached_twice(stack, offering["url"])
    title = f"{offering['title']} {marker()}"
    assert stack.edit(do="schedule", page=offering["id"], title=title)["live_title"] == title
    assert title in stack.get(offering["url"]).text


def test_unpublish_move_and_delete_purge_at_once(stack):
    gone, moved, deleted = stack.info["offerings"][5], stack.info["offerings"][1], stack.info["offerings"][2]
    api_detail = f"/api/v2/offerings/{deleted['id']}/"
    for path in (gone["url"], moved["url"], deleted["url"], api_detail, gone["finder"]):
        cached_twice(stack, path)

    stack.edit(do="unpublish", page=gone["id"])
    assert stack.get(gone["url"]).status_code == 404
    assert gone["title"] not in stack.get(gone["finder"]).text  # hard purge: not even once stale

    other_partner = next(p for p in stack.info["partners"] if p["url"] != moved["parent"])
    new_url = stack.edit(do="move", page=moved["id"], parent=other_partner["id"])["url"]
    assert new_url != moved["url"]
    old = stack.get(moved["url"])  # not the cached page: Wagtail's redirect to the new place
    assert old.status_code == 301 and old.headers["Location"].endswith(new_url), old.status_code
    assert stack.get(new_url).status_code == 200

    stack.edit(do="delete", page=deleted["id"])
    assert stack.get(deleted["url"]).status_code == 404
    assert stack.get(api_detail).status_code == 404


def test_a_copy_made_before_a_purge_is_not_kept_after_it(stack):
    """xkey removes the copies Varnish keeps; a response the application made before the
    change, still on its way while the purge comes, must not become a fresh copy after it
    (an unpublished offering would stay in a listing until the copy expires). gunicorn is
    paused while Varnish waits for it; the purge comes meanwhile."""
    purges = (
        {"xkey-purge": "finder", "xkey-withdrawal": "1"},  # an unpublish, delete, move
        {"xkey-purge": "finder"},  # a publish's own page
        {"xkey-softpurge": "finder"},  # the listings that show it
    )
    for headers in purges:
        path = f"/aanbod/?q={marker()}"
        with ThreadPoolExecutor(1) as pool:
            with stack.app_paused():
                pending = pool.submit(stack.get, path)
                stack.wait_until(stack.app_has_unread_requests, 10, "Varnish sent nothing")
                time.sleep(0.5)  # the probe's request may have been the one seen
                purge = requests.request("PURGE", stack.url + "/", headers=headers, timeout=5)
                assert purge.status_code == 200
            first = pending.result(timeout=30)
        assert first.status_code == 200
        if "xkey-withdrawal" in headers:
            # Withdrawn: not kept at all.
            assert stack.get(path).headers["X-Cache"] != "hit"
        else:
            # Kept expired, like the copies the soft purge marked: a new one follows.
            made = first.headers["X-Request-ID"]
            wait_for(stack, path, lambda answer, made=made: answer.headers["X-Request-ID"] != made)


def test_serves_from_the_cache_while_gunicorn_is_stopped(stack):
    """Last in this module: it stops gunicorn (and starts it again)."""
    offering = stack.info["offerings"][0]
    warm = ["/", "/aanbod/", offering["url"], "/api/v2/offerings/", stack.info["chapter"]["url"]]
    for path in warm:
        cached_twice(stack, path)
    views_before = counted_through(stack, offering, [], marker())["views"]
    # A soft-purged listing (a publish before the outage) is served stale meanwhile: also in
    # the seconds before the probe notices (forced "healthy" here), when only copies
    # expired less than 10 s ago may be served and a failed fetch must fall back to it.
    requests.request("PURGE", stack.url + "/", headers={"xkey-softpurge": "finder"}, timeout=5)
    purged_at = time.monotonic()
    stack.stop_app()
    try:
        stack.varnishadm("backend.set_health", "gunicorn", "healthy")
        time.sleep(max(0, purged_at + 11 - time.monotonic()))
        stale = stack.get("/aanbod/")
        assert stale.status_code == 200 and stale.headers["X-Cache"] == "hit", stale.status_code
        stack.varnishadm("backend.set_health", "gunicorn", "auto")
        for _ in range(3):
            for path in warm:
                answer = stack.get(path)
                assert answer.status_code == 200, (path, answer.status_code)
                assert answer.headers["X-Cache"] == "hit", path
                assert "tijdelijk niet beschikbaar" not in answer.text, path
        # Served from the cache meanwhile, and counted from its log all the same.
        outage_visit = {**BROWSER, "X-Forwarded-For": "203.0.113.77"}
        assert stack.get(offering["url"], headers=outage_visit).headers["X-Cache"] == "hit"
        never_cached = stack.get(f"/zoeken/?q={marker()}")
        assert never_cached.status_code == 503
        assert 'lang="nl"' in never_cached.text and "tijdelijk niet beschikbaar" in never_cached.text
        assert never_cached.headers["Retry-After"] == "60"
        # Once the probe (/gezondheid/) has marked gunicorn sick, still the same.
        stack.wait_until(lambda: not stack.backend_healthy(), 30, "the probe never noticed")
        assert all(stack.get(path).status_code == 200 for path in warm)
    finally:
        stack.start_app()
    assert stack.get(f"/zoeken/?q={marker()}").status_code == 200
    assert counted_through(stack, offering, [], marker())["views"] == views_before + 1
