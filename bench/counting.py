"""What counting through the cache costs a cached page (docs/deploy.md, "Counting through the
cache"): sequential anonymous GETs through Varnish of a page that is counted per visitor
from the cache's log (an offering page, a finder search) and of one that is not (its
partner page), interleaved, each from its own client address (X-Forwarded-For), after one
warming request each. make serve runs the log reader (manage.py count_from_cache_log).

    make serve SERVE_PORT=7740 APP_PORT=7741          # other shell, Varnish in front
    .venv/bin/python bench/counting.py --url http://127.0.0.1:7740 --requests 300

Loopback only, at most 2,000 requests per path. Prints p50/p95 in ms per path and how many
answers came from the cache (X-Cache: hit).
"""

import argparse
import re
import statistics
import time
from urllib.parse import urlsplit

import requests

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    if urlsplit(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("loopback only")
    count = min(args.requests, 2000)
    session = requests.Session()
    finder = session.get(f"{args.url}/aanbod/", timeout=30).text
    offering = re.search(r'href="(/[^"]+/[^"]+/[^"]+/)"', finder.split("<main", 1)[-1]).group(1)
    partner = "/".join(offering.rstrip("/").split("/")[:-1]) + "/"
    paths = {
        "offering page (counted)": offering,
        "finder search (counted)": "/aanbod/?q=radicalisering",
        "partner page (not)": partner,
    }
    times = {name: [] for name in paths}
    hits = dict.fromkeys(paths, 0)
    for path in paths.values():
        session.get(args.url + path, timeout=30, headers={"User-Agent": BROWSER})
    for number in range(count):
        client = f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"
        for name, path in paths.items():
            started = time.perf_counter()
            answer = session.get(
                args.url + path, timeout=30, headers={"User-Agent": BROWSER, "X-Forwarded-For": client}
            )
            times[name].append((time.perf_counter() - started) * 1000)
            hits[name] += answer.headers.get("X-Cache") == "hit"
    for name, path in paths.items():
        values = sorted(times[name])
        p95 = values[int(len(values) * 0.95) - 1]
        median = statistics.median(values)
        line = f"{name:26} {path[:40]:40} p50 {median:6.1f} ms  p95 {p95:6.1f} ms"
        print(f"{line}  hits {hits[name]}/{count}")


if __name__ == "__main__":
    main()
