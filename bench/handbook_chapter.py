"""Render time and query count of a handbook chapter with 20 publication analyses.

    .venv/bin/python bench/handbook_chapter.py            # SQLite in a temporary file
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/stabiliteit_handbook \
        .venv/bin/python bench/handbook_chapter.py

Migrates and loads the demo content when needed, creates the benchmark chapters inside a
transaction that is rolled back, and prints figures (no assertions: see tests/handbook for those).
"""

import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stabiliteit.settings.test")
if not os.environ.get("DATABASE_URL"):
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.gettempdir()}/stabiliteit_bench_handbook.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

RUNS = 50


def analysis(publication):
    return {
        "type": "publication_analysis",
        "id": str(uuid.uuid4()),
        "value": {
            "publication": publication.pk,
            "analysis": "<p>Een korte analyse van de publicatie in twee of drie zinnen.</p>",
            "meaning": "<p>Wat de gemeente ermee kan, met een <b>concrete</b> eerste stap.</p>",
            "pull_quote": "Een zin uit de publicatie.",
        },
    }


def make_chapter(handbook, publications, slug):
    from handbook.models import HandbookChapterPage
    from taxonomy.models import Phase

    body = [{"type": "heading", "id": str(uuid.uuid4()), "value": {"heading": "Publicaties", "anchor": ""}}]
    body += [analysis(p) for p in publications]
    chapter = HandbookChapterPage(
        title=f"Benchmark {len(publications)} analyses",
        slug=slug,
        intro="Benchmark.",
        phase=Phase.objects.order_by("sort_order").first(),
        body=json.dumps(body),
    )
    handbook.add_child(instance=chapter)
    chapter.save_revision().publish()
    return chapter


def measure(client, url):
    client.get(url)  # warm-up: caches for site root paths and content types
    connection.queries_log.clear()  # a full log (migrate, demo) would hide new queries
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    queries = len(captured)  # read now: later requests reset the query log
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return queries, statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def main():
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    from handbook.models import HandbookPage
    from offerings.models import PublicationPage

    handbook = HandbookPage.objects.get()
    publications = list(PublicationPage.objects.live().order_by("pk")[:20])
    client = Client()
    print(f"database: {connection.vendor}, {RUNS} renders per chapter (Django test client, full response)")
    with transaction.atomic():
        for count in (2, 20):
            chapter = make_chapter(handbook, publications[:count], f"bench-{count}-{uuid.uuid4().hex[:6]}")
            queries, median, p95 = measure(client, chapter.url)
            figures = f"{queries} queries, median {median:.1f} ms, p95 {p95:.1f} ms"
            print(f"{count:>3} publication analyses: {figures}")
        transaction.set_rollback(True)


if __name__ == "__main__":
    main()
