"""What counting from the front cache's log costs (docs/deploy.md, "Counting through the
cache"): the CPU of `manage.py count_from_cache_log` per delivery it replays, in one process.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/varnish .venv/bin/python bench/cache_log.py

Production settings (the local secret of `make serve`), the database of DATABASE_URL with
the demo content, the cache of REDIS_URL (or the local memory cache). The counting URLs are
the ones pages name behind the cache (Django's test client with the cache's capability
header): offering pages and finder searches. Each is replayed --lines times as a log line
(frontcache/cachelog.py), in two runs: every line from a new client (each one a first visit
of the day: a cache add and a row update) and lines from 20 returning clients (what a
busy hour mostly is: a cache add that finds the client). Prints CPU ms per line, p50 / p90,
and lines per CPU second. Writes counts into that database: use a benchmark database.
"""

import argparse
import json
import os
import statistics
import time

from production import setup_django  # bench/production.py

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"


def counting_urls():
    from django.test import Client

    from core import surrogate
    from offerings.models import OfferingPage

    client = Client(HTTP_SURROGATE_CAPABILITY="varnish=" + surrogate.CAPABILITY, HTTP_USER_AGENT=BROWSER)
    urls = {}
    for page in OfferingPage.objects.live().public().order_by("pk")[:5]:
        urls.setdefault("offering page", []).extend(client.get(page.url).headers[surrogate.HEADER].split())
    for word in ("radicalisering", "polarisatie", "jongeren", "onrust", "gemeente"):
        answer = client.get("/aanbod/", {"q": word})
        urls.setdefault("finder search", []).extend(answer.headers[surrogate.HEADER].split())
    return urls


def line(url, number):
    client = f"198.18.{number // 250 % 250}.{number % 250 + 1}"
    return json.dumps(
        {
            "counting": url,
            "method": "GET",
            "peer": "127.0.0.1",
            "forwarded": f"{client}, 127.0.0.1",
            "agent": BROWSER,
        }
    )


def measure(urls, lines, clients):
    from django.db import close_old_connections

    from frontcache import cachelog

    times = []
    for number in range(lines):
        text = line(urls[number % len(urls)], number if clients is None else number % clients)
        started = time.process_time()
        close_old_connections()  # as the command does per line
        cachelog.replay(text)
        times.append((time.process_time() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9)], len(times) / (sum(times) / 1000)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=500)
    args = parser.parse_args()
    os.environ["TRUSTED_PROXIES"] = "127.0.0.1"  # the test client's address: "the cache"
    setup_django()
    from django.core.cache import cache

    urls = counting_urls()
    print(f"{min(args.lines, 5000)} lines per run; CPU of this process (time.process_time)")
    print("| counting URL | clients | CPU p50 ms | CPU p90 ms | lines per CPU second |")
    print("| --- | --- | --- | --- | --- |")
    for name, found in urls.items():
        for label, clients in (("new each line", None), ("20 returning", 20)):
            cache.clear()
            p50, p90, rate = measure(found, min(args.lines, 5000), clients)
            print(f"| {name} | {label} | {p50:.2f} | {p90:.2f} | {rate:.0f} |")


if __name__ == "__main__":
    main()
