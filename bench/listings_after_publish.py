"""CPU per uncached finder and API listing right after ANOTHER offering's publish, for several
checkouts in one run, taking turns request by request (issue 23, "Cheaper misses").

    bench/listings_after_publish.py --runs 30 \\
        4335b53=/tmp/old-4335@postgres://postgres@127.0.0.1:5432/stab_old \\
        main=/tmp/old-main@postgres://postgres@127.0.0.1:5432/stab_main \\
        new=.@postgres://postgres@127.0.0.1:5432/stab_new

bench/pages_compare.py measures a listing with every offering's card and item kept, or with
none kept (--cold); this measures the state most misses meet in production and under
bench/load.py (an editor publishes every few seconds). A partner page is republished and
every offering shown once; then, before each measured request, an editor publishes one
offering (a new revision of the same content, as the admin does; in turn the first 40 in
title order, the same in every checkout, so now and then one the listing shows, whose card
and item are then rendered anew) and this worker's facet index is brought up to date (its
rebuild, once per publish per worker whatever the page, is measured apart: "index
rebuild"), and the home page is asked once (the page chrome's shared fragments, navigation
and footer, are keyed on the whole catalogue stamp and made anew once per publish for all
workers; with --first-after-publish not: the measured response is the first after the
publish and makes them). Then a filter combination the worker has not asked before (the
list bench/pages_compare.py asks, in the same order).

Each checkout (a `git worktree` with the demo content in its own database, `collectstatic`
with production settings) gets a worker process of its own: production settings, Django's
test client, the local-memory cache unless REDIS_URL is set (one worker per checkout, so
each keeps its own fragments). Per page and checkout: CPU p50 / p90 ms of the worker's
process (time.process_time), wall p50 ms, queries. The database of each checkout gets one
new revision per measured request (its content stays the same).
"""

import argparse
import os
import statistics
import sys
import textwrap

from pages_compare import checkouts, row, start_worker, take_turns  # bench/pages_compare.py

WORKER = textwrap.dedent(
    """
    import itertools, json, os, random, re, sys, time
    sys.path.insert(0, os.getcwd())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stabiliteit.settings.production")
    os.environ.setdefault("SECRET_KEY", "b" * 50)
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    os.environ.setdefault("LOCAL_HTTP", "1")
    import django
    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.actions.publish_page_revision import PublishPageRevisionAction
    from offerings.models import OfferingPage
    from search import facetindex
    client = Client(HTTP_USER_AGENT="bench/listings_after_publish.py")
    html = client.get("/aanbod/").content.decode()
    facets = ("soort", "thema", "doelgroep", "fase", "kosten", "partner", "vorm")
    options = sorted({(n, v) for n, v in re.findall(r'name="([a-z]+)" value="([^"]+)"', html) if n in facets})
    pairs = [list(p) for p in itertools.combinations(options, 2) if p[0][0] != p[1][0]]
    combos = [[o] for o in options] + pairs
    random.Random(5).shuffle(combos)
    finder = ["/aanbod/?" + "&".join(f"{n}={v}" for n, v in combo) for combo in combos]
    api = [u.replace("/aanbod/", "/api/v2/offerings/") for u in finder]
    urls = {
        "floor: /gezondheid/": itertools.repeat("/gezondheid/"),
        "finder, a new filter combination": iter(finder),
        "API listing, a new filter combination": iter(api),
    }
    user = get_user_model().objects.filter(is_superuser=True).first()
    # Editors do more than publish offerings: a partner page republished before the run (the
    # catalogue's surroundings, search.facetindex.surroundings_stamp, among the newest log
    # entries, as on a site in use; this script's own publishes are offerings' only).
    partner = OfferingPage.objects.live().public().order_by("pk").first().get_parent().specific
    with transaction.atomic():
        PublishPageRevisionAction(partner.save_revision(user=user, log_action=True), user=user).execute()
    for number in range(1, 6):  # every offering shown once before: its card and item kept
        client.get(f"/aanbod/?pagina={number}&sorteer=titel")
        client.get(f"/api/v2/offerings/?offset={(number - 1) * 20}&limit=20")
    editor = OfferingPage.objects.live().public().order_by("title", "pk")
    editor = [page.pk for page in editor[:40]]

    def publish(pk):
        page = OfferingPage.objects.get(pk=pk).specific
        with transaction.atomic():
            PublishPageRevisionAction(page.save_revision(user=user, log_action=True), user=user).execute()

    print(json.dumps(sorted(urls)), flush=True)
    published = 0
    for line in sys.stdin:
        page = line.strip()
        publish(editor[published % len(editor)])
        published += 1
        cpu = time.process_time()
        facetindex.get_index()  # this worker's index rebuild after the publish
        rebuild = time.process_time() - cpu
        if os.environ.get("FIRST_AFTER_PUBLISH") != "1":
            client.get("/")  # the page chrome's fragments (navigation, footer) made once anew
        url = next(urls[page])
        with CaptureQueriesContext(connection) as captured:
            cpu, wall = time.process_time(), time.perf_counter()
            response = client.get(url)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        assert response.status_code == 200, (url, response.status_code)
        print(json.dumps([cpu, wall, len(captured), rebuild]), flush=True)
    """
)

PAGES = ("floor: /gezondheid/", "API listing, a new filter combination", "finder, a new filter combination")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("checkouts", nargs="+", help="label=directory@DATABASE_URL")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--first-after-publish",
        action="store_true",
        help="the measured response is the first after the publish (it also makes the page chrome anew)",
    )
    args = parser.parse_args()
    if not 1 <= args.runs <= 200 or len(args.checkouts) > 6:
        sys.exit("bounds: 1-200 runs, at most 6 checkouts")
    env = {
        "FIRST_AFTER_PUBLISH": "1" if args.first_after_publish else "0",
        "FRAGMENT_CACHE_SECONDS": os.environ.get("FRAGMENT_CACHE_SECONDS", "3600"),
    }
    workers = [
        (label, start_worker(WORKER, checkout, {**env, "DATABASE_URL": database_url}, PAGES))
        for label, checkout, database_url in checkouts(args.checkouts)
    ]
    print(
        "\n| page, right after another offering's publish | checkout | CPU p50 ms | CPU p90 ms | wall p50 ms "
        "| queries | index rebuild CPU p50 ms |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for page, figures in take_turns(workers, PAGES, args.runs):
        for label, answers in figures.items():
            print(f"{row(page, label, answers)} {statistics.median(a[3] * 1000 for a in answers):.1f} |")


if __name__ == "__main__":
    main()
