"""What an uncached response costs the application: CPU and queries per page, next to the
framework's own floor, in one process (docs/deploy.md, "Front cache" and "Capacity").

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/stab_load .venv/bin/python bench/pages.py
    ... bench/pages.py --runs 40 --profile offering     # where that page's time goes
    ... bench/pages.py --profile home | --profile api | --profile finder   # the listings
    ... bench/pages.py --only offering --only handbook   # those pages (and the floor) only

Production settings (the local secret of `make serve`), the database of DATABASE_URL with
the demo content, Django's test client (no network): each page is asked --runs times after
two warm-up requests, as an anonymous visitor, and the CPU time of this process per
response is measured (time.process_time: unlike wall time it barely moves when other
processes share the machine). The floor is /gezondheid/ (middleware, routing and one
query) and a static file (WhiteNoise). Prints a table: CPU p50 / p90 ms, wall p50 ms,
queries per response.

The finder and the API listing are asked with a different filter combination each time (--runs of them, one or
two filters from the facets /aanbod/ offers): a finder miss in the front cache is a
combination nobody asked before. The other pages are asked at one URL; what the
application keeps between requests for them is shared by all URLs (search/fragments.py:
navigation, footer), so a repeat is what any miss gets.

--compare: each page also as before this work, in the same run: without the per-request
reading of the public rule (core.middleware.OneReadingPerRequest taken out of MIDDLEWARE)
and without shared fragments (FRAGMENT_CACHE_SECONDS=0): the "before" columns of
docs/deploy.md's table.
"""

import argparse
import cProfile
import itertools
import os
import pstats
import random
import re
import statistics
import sys
import time
from pathlib import Path

from production import setup_django  # bench/production.py

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


FACETS = ("soort", "thema", "doelgroep", "fase", "kosten", "partner", "vorm")


def finder_combinations(client, count):
    """`count` different finder URLs with one or two filters, in a fixed random order."""
    html = client.get("/aanbod/").content.decode()
    options = sorted(set(re.findall(r'name="([a-z]+)" value="([^"]+)"', html)))
    options = [(name, value) for name, value in options if name in FACETS]
    pairs = [(a, b) for a, b in itertools.combinations(options, 2) if a[0] != b[0]]
    combinations = [[option] for option in options] + [list(pair) for pair in pairs]
    random.Random(5).shuffle(combinations)
    return [
        "/aanbod/?" + "&".join(f"{name}={value}" for name, value in combo) for combo in combinations[:count]
    ]


def pages(client, runs):
    from handbook.models import HandbookChapterPage
    from offerings.models import OfferingPage

    offering = OfferingPage.objects.live().public().order_by("pk").first()
    chapter = HandbookChapterPage.objects.live().public().order_by("pk").first()
    return [
        ("floor: /gezondheid/", "/gezondheid/"),
        ("floor: static file", "/static/css/site.css"),
        ("home", "/"),
        ("offering page", offering.url),
        ("handbook chapter", chapter.url),
        (
            "API listing, a new filter combination each time",
            [
                path.replace("/aanbod/", "/api/v2/offerings/")
                for path in finder_combinations(client, 2 * runs + 4)
            ],
        ),
        ("finder, a new filter combination each time", finder_combinations(client, 2 * runs + 4)),
    ]


def one(client, path, settings_override=None):
    """CPU seconds, wall seconds and queries of one request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, override_settings

    with override_settings(**(settings_override or {})), CaptureQueriesContext(connection) as captured:
        started_cpu, started = time.process_time(), time.perf_counter()
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        if response.streaming:
            b"".join(response.streaming_content)
        return time.process_time() - started_cpu, time.perf_counter() - started, len(captured)


def measure(modes, paths, runs):
    """Per mode (client, settings override): CPU, wall time and queries of `runs` requests
    after two warm-ups, cycling `paths`. Modes take turns request by request, so a change in
    the machine's load touches each alike; each mode asks its own paths (a new combination
    for each request of each mode, when the paths are a list)."""
    paths = itertools.cycle([paths] if isinstance(paths, str) else paths)
    figures = [([], [], []) for _ in modes]
    for run in range(runs + 2):
        for (client, override), (cpu, wall, queries) in zip(modes, figures, strict=True):
            seconds, elapsed, count = one(client, next(paths), override)
            if run >= 2:
                cpu.append(seconds)
                wall.append(elapsed)
                queries.append(count)
    return figures


def quantile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--profile", help="label prefix of one page to profile, any case (offering, home, api, finder)"
    )
    parser.add_argument("--compare", action="store_true", help="also without OneReadingPerRequest")
    parser.add_argument(
        "--only", action="append", help="label prefix of a page to measure (repeatable; the floor always)"
    )
    args = parser.parse_args()
    if not 1 <= args.runs <= 500:
        sys.exit("bounds: 1-500 runs")
    setup_django()
    from django.conf import settings
    from django.test import Client
    from django.test.utils import override_settings

    client = Client(HTTP_USER_AGENT="bench/pages.py")
    print(
        f"machine load (1/5/15 min): {' '.join(f'{v:.2f}' for v in os.getloadavg())}; cores: {os.cpu_count()}"
    )
    before_header = " before: CPU p50 ms | queries |" if args.compare else ""
    print(
        f"\n| page |{before_header} CPU p50 ms | CPU p90 ms | wall p50 ms | queries |\n"
        f"| --- |{' --- | --- |' if args.compare else ''} --- | --- | --- | --- |"
    )
    without = [name for name in settings.MIDDLEWARE if name != "core.middleware.OneReadingPerRequest"]
    with override_settings(MIDDLEWARE=without):
        before_client = Client(HTTP_USER_AGENT="bench/pages.py")
        before_client.get("/gezondheid/")  # its handler loads the middleware now
    modes = [(client, None)]
    if args.compare:
        modes.insert(0, (before_client, {"FRAGMENT_CACHE_SECONDS": 0}))
    for label, path in pages(client, args.runs):
        if args.only and not label.startswith(("floor", *args.only)):
            continue
        figures = measure(modes, path, args.runs)
        before = ""
        if args.compare:
            cpu, _wall, queries = figures.pop(0)
            before = f" {statistics.median(cpu) * 1000:.1f} | {statistics.median(queries):.0f} |"
        cpu, wall, queries = figures[0]
        print(
            f"| {label} |{before} {statistics.median(cpu) * 1000:.1f} | {quantile(cpu, 0.9) * 1000:.1f} | "
            f"{statistics.median(wall) * 1000:.1f} | {statistics.median(queries):.0f} |"
        )
        if args.profile and label.lower().startswith(args.profile.lower()):
            # The listings with filter combinations the runs above did not ask (without --compare), so
            # the profile shows a miss too (the same URL again would be a repeat).
            fresh = [path] * args.runs if isinstance(path, str) else path[args.runs + 2 :]
            # A CPU clock, like the figures above: on a shared machine wall time counts other
            # processes' turns too.
            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
            for _run, url in zip(range(args.runs), itertools.cycle(fresh), strict=False):
                client.get(url)
            profiler.disable()
            stats = pstats.Stats(profiler)
            stats.sort_stats("cumulative").print_stats(25)
            stats.sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
