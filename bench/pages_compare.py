"""CPU per uncached page of several checkouts in one run, taking turns request by request
(issue 23, "Cheaper misses": before and after on a shared machine).

    bench/pages_compare.py --runs 40 \\
        main=/tmp/old-main@postgres://postgres@127.0.0.1:5432/stab_bench \\
        4335b53=/tmp/old-4335@postgres://postgres@127.0.0.1:5432/stab_old \\
        new=.@postgres://postgres@127.0.0.1:5432/stab_bench

Each checkout (a `git worktree` with the demo content in its database: `make serve` or
`manage.py migrate && manage.py load_demo_content`, and `collectstatic` with production
settings) gets a worker process of its own: production settings as bench/pages.py uses
them, Django's test client, REDIS_URL as the shared cache when set. The driver asks each
worker for the same page in turn, so a change in the machine's load touches every
checkout alike (bench/pages.py alone measures one checkout at a time, and on a busy machine
two runs minutes apart differ by a quarter). Per page and checkout: CPU p50 / p90 ms of
this worker's process (time.process_time), wall p50 ms, queries, after two warm-ups; the
floor (/gezondheid/) is asked the same way. The finder and the API listing are asked with a
filter combination the worker has not asked before each time; their cards and items kept
beforehand for every offering, or (--cold) not kept at all.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import textwrap
from pathlib import Path

from pages import quantile  # bench/pages.py

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
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from handbook.models import HandbookChapterPage
    from offerings.models import OfferingPage
    urls = {
        "floor: /gezondheid/": "/gezondheid/",
        "home": "/",
        "offering page": OfferingPage.objects.live().public().order_by("pk").first().url,
        "handbook chapter": HandbookChapterPage.objects.live().public().order_by("pk").first().url,
    }
    client = Client(HTTP_USER_AGENT="bench/pages_compare.py")
    # The finder and the API listing: a filter combination this worker never asked before
    # (one or two filters the finder offers, the same list in every checkout: bench/pages.py).
    html = client.get("/aanbod/").content.decode()
    facets = ("soort", "thema", "doelgroep", "fase", "kosten", "partner", "vorm")
    options = sorted({(n, v) for n, v in re.findall(r'name="([a-z]+)" value="([^"]+)"', html) if n in facets})
    pairs = [list(p) for p in itertools.combinations(options, 2) if p[0][0] != p[1][0]]
    combos = [[o] for o in options] + pairs
    random.Random(5).shuffle(combos)
    finder = ["/aanbod/?" + "&".join(f"{n}={v}" for n, v in combo) for combo in combos]
    urls["finder, a new filter combination"] = iter(finder)
    api = [u.replace("/aanbod/", "/api/v2/offerings/") for u in finder]
    urls["API listing, a new filter combination"] = iter(api)
    if os.environ.get("KEEP_EVERY_OFFERING") == "1":
        # Every offering shown once before (its finder card and API item kept, where kept).
        for number in range(1, 6):
            client.get(f"/aanbod/?pagina={number}&sorteer=titel")
            client.get(f"/api/v2/offerings/?offset={(number - 1) * 20}&limit=20")
    print(json.dumps(sorted(urls)), flush=True)
    for line in sys.stdin:
        url = urls[line.strip()]
        url = url if isinstance(url, str) else next(url)
        with CaptureQueriesContext(connection) as captured:
            cpu, wall = time.process_time(), time.perf_counter()
            response = client.get(url)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        assert response.status_code == 200, (url, response.status_code)
        print(json.dumps([cpu, wall, len(captured)]), flush=True)
    """
)

PAGES = (
    "floor: /gezondheid/",
    "home",
    "offering page",
    "handbook chapter",
    "API listing, a new filter combination",
    "finder, a new filter combination",
)


def start_worker(script, checkout, env, pages):
    """A worker process running `script` in `checkout` with `env` added to ours; it names the
    pages it knows first, which must be `pages`."""
    process = subprocess.Popen(  # noqa: S603 (this interpreter, a script of bench/)
        [sys.executable, "-c", script],
        cwd=checkout,
        env={**os.environ, **env},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    known = json.loads(process.stdout.readline())
    if sorted(pages) != known:
        sys.exit(f"{checkout}: the worker knows {known}")
    return process


def ask(process, page):
    process.stdin.write(page + "\n")
    process.stdin.flush()
    return json.loads(process.stdout.readline())


def checkouts(specs):
    """[(label, directory, DATABASE_URL)] of the command line's label=directory@DATABASE_URL."""
    found = []
    for spec in specs:
        label, _, rest = spec.partition("=")
        checkout, _, database_url = rest.partition("@")
        if not (label and Path(checkout, "manage.py").exists() and database_url):
            sys.exit(f"not label=directory@DATABASE_URL with a checkout: {spec}")
        found.append((label, checkout, database_url))
    return found


def take_turns(workers, pages, runs):
    """For each page, every worker asked it in turn `runs` times after two warm-ups:
    yields (page, {label: [answer]}); the workers are stopped at the end."""
    print(
        f"machine load (1/5/15 min): {' '.join(f'{v:.2f}' for v in os.getloadavg())}; cores: {os.cpu_count()}"
    )
    try:
        for page in pages:
            figures = {label: [] for label, _process in workers}
            for run in range(runs + 2):
                for label, process in workers:
                    answer = ask(process, page)
                    if run >= 2:
                        figures[label].append(answer)
            yield page, figures
    finally:
        for _label, process in workers:
            process.stdin.close()
            process.wait(timeout=30)


def row(page, label, answers):
    """CPU p50 | CPU p90 | wall p50 | queries of answers [cpu s, wall s, queries, ...]."""
    cpu = [a[0] * 1000 for a in answers]
    return (
        f"| {page} | {label} | {statistics.median(cpu):.1f} | {quantile(cpu, 0.9):.1f} | "
        f"{statistics.median(a[1] * 1000 for a in answers):.1f} | "
        f"{statistics.median(a[2] for a in answers):.0f} |"
    )


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("checkouts", nargs="+", help="label=directory@DATABASE_URL")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--cold",
        action="store_true",
        help="no shared fragments (FRAGMENT_CACHE_SECONDS=0): a miss right after a publish; "
        "default: every offering's card and API item kept before",
    )
    args = parser.parse_args()
    if not 1 <= args.runs <= 500 or len(args.checkouts) > 6:
        sys.exit("bounds: 1-500 runs, at most 6 checkouts")
    # Cold: right after a publish, when nothing kept under the catalogue stamp is of use.
    env = {
        "FRAGMENT_CACHE_SECONDS": "0" if args.cold else os.environ.get("FRAGMENT_CACHE_SECONDS", "3600"),
        "KEEP_EVERY_OFFERING": "0" if args.cold else "1",
    }
    workers = [
        (label, start_worker(WORKER, checkout, {**env, "DATABASE_URL": database_url}, PAGES))
        for label, checkout, database_url in checkouts(args.checkouts)
    ]
    print("\n| page | checkout | CPU p50 ms | CPU p90 ms | wall p50 ms | queries |")
    print("| --- | --- | --- | --- | --- | --- |")
    for page, figures in take_turns(workers, PAGES, args.runs):
        for label, answers in figures.items():
            print(row(page, label, answers))


if __name__ == "__main__":
    main()
