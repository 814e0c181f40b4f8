"""Benchmark: the offerings API next to the /aanbod/ page, for a filtered, faceted request.

Prints p50/p95 latency (ms) and SQL queries per request for:
  - GET /api/v2/offerings/?<filters>   (the finder as JSON, with facets)
  - GET /aanbod/?<filters>             (the HTML finder, same service)
  - GET /api/v2/offerings/<id>/        (one offering)
  - a conditional GET answered 304

Usage (uses DATABASE_URL like the app; SQLite file by default):
  .venv/bin/python bench/api.py                 # demo content only
  .venv/bin/python bench/api.py --extra 2000    # plus N generated offerings (slow to create)
  .venv/bin/python bench/api.py --runs 200

To measure at 10,000 offerings, point it at a database that bench/finder.py built:
  DATABASE_URL=sqlite:////tmp/stabiliteit_bench_10000.sqlite3 .venv/bin/python bench/api.py
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/stabiliteit_finder_10000_bench .venv/bin/python bench/api.py
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stabiliteit.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

QUERY = (
    "thema=polarisatie&thema=radicalisering&doelgroep=beleidsmedewerkers-oov&soort=training&soort=publicatie"
)


def generate(extra):
    """Add `extra` offerings spread over partners, cloned from the demo's (bench data only)."""
    from offerings.models import PublicationPage, TrainingPage
    from partners.models import PartnerPage

    partners = list(PartnerPage.objects.all())
    templates = list(PublicationPage.objects.all()[:20]) + list(TrainingPage.objects.all()[:20])
    for n in range(extra):
        source = templates[n % len(templates)]
        copy = type(source)(
            title=f"{source.title} (benchmark {n})",
            slug=f"bench-{n}",
            summary=source.summary,
            body=source.body.raw_data,
            form=source.form,
            cost=source.cost,
            language=source.language,
            region=source.region,
            **{f: getattr(source, f) for f in kind_fields(source)},
        )
        partners[n % len(partners)].add_child(instance=copy)
        copy.themes.set(source.themes.all())
        copy.audiences.set(source.audiences.all())
        copy.phases.set(source.phases.all())
        copy.save()
        if n % 500 == 0:
            print(f"  generated {n}/{extra}", flush=True)


def kind_fields(page):
    from offerings.models import TrainingPage

    if isinstance(page, TrainingPage):
        return [
            "delivery",
            "start_date",
            "end_date",
            "location",
            "duration",
            "group_size",
            "registration_url",
        ]
    return ["published", "edition", "isbn", "doi", "page_count", "external_url"]


def measure(client, url, runs, headers=None):
    timings, queries, status = [], [], None
    client.get(url, **(headers or {}))  # warm up caches
    for _ in range(runs):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url, **(headers or {}))
            timings.append((time.perf_counter() - start) * 1000)
        queries.append(len(captured))
        status = response.status_code
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
    return statistics.median(timings), p95, statistics.median(queries), status


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--extra", type=int, default=0)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    from offerings.models import OfferingPage

    existing = OfferingPage.objects.filter(slug__startswith="bench-").count()
    if args.extra > existing:
        generate_from = args.extra - existing
        print(f"Generating {generate_from} offerings ...")
        generate(generate_from)

    from core.startup import freeze_startup_objects

    freeze_startup_objects()  # as stabiliteit/wsgi.py does in the server process
    client = Client(HTTP_HOST="localhost")
    offering = OfferingPage.objects.live().first()
    api_url = f"/api/v2/offerings/?{QUERY}"
    etag = client.get(api_url)["ETag"]
    rows = [
        ("API  /api/v2/offerings/?<filters>", measure(client, api_url, args.runs)),
        ("HTML /aanbod/?<filters>", measure(client, f"/aanbod/?{QUERY}", args.runs)),
        ("API  /api/v2/offerings/<id>/", measure(client, f"/api/v2/offerings/{offering.pk}/", args.runs)),
        (
            "API  conditional GET (If-None-Match)",
            measure(client, api_url, args.runs, {"HTTP_IF_NONE_MATCH": etag}),
        ),
    ]
    total = OfferingPage.objects.live().count()
    print(f"Offerings (live): {total}; database: {connection.vendor}; runs per URL: {args.runs}")
    print(f"Filters: {QUERY}")
    print(f"{'request':42} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'status':>6}")
    for label, (p50, p95, queries, status) in rows:
        print(f"{label:42} {p50:8.1f} {p95:8.1f} {queries:8.0f} {status:>6}")


if __name__ == "__main__":
    main()
