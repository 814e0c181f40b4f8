"""Finder benchmark: server time (p50/p95) and SQL queries per request at N offerings.

Usage (from the project root):
    .venv/bin/python bench/finder.py --db sqlite --n 1000 10000
    .venv/bin/python bench/finder.py --db postgres --n 1000 10000 100000
    .venv/bin/python bench/finder.py --db postgres --n 10000 --engine http://127.0.0.1:9200

With --engine the same run measures every request twice, on the database engine and on the
distributed engine at that URL (index prefix bench_<db>_<n>_), side by side; the engine's
answers are checked against the database's (total and counts).

Never touches the development database: SQLite uses /tmp/stabiliteit_bench_<n>.sqlite3,
PostgreSQL the database in BENCH_DATABASE_URL (default
postgres://postgres@127.0.0.1:5432/stabiliteit_finder_<n>_bench), recreated per run
unless --reuse finds that N already generated and indexed.
Synthetic offerings are bulk-inserted with correct treebeard paths under the demo
partners, then indexed in bulk through the configured Wagtail search backend.

"Bare SQL" is the finder's own SELECT statements replayed straight on the database
cursor (no ORM, no Python, no template): the ratio shows what the service and the page
add on top of the SQL that computes the same result set and counts.
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REQUESTS = [
    ("geen filters", "/aanbod/"),
    ("één filter", "/aanbod/?thema=polarisatie"),
    ("drie filters", "/aanbod/?thema=polarisatie&soort=training&kosten=gratis"),
    ("tekst", "/aanbod/?q=radicalisering"),
    ("tekst + twee filters", "/aanbod/?q=radicalisering&thema=polarisatie&doelgroep=bestuurders"),
]
WORDS = [
    "radicalisering",
    "radicaliseren",
    "geradicaliseerde",
    "polarisatie",
    "polariseren",
    "jongerenwerk",
    "jongerenwerkers",
    "demonstratie",
    "demonstraties",
    "gemeente",
    "wijkteam",
    "signalen",
    "veerkracht",
    "inclusie",
    "spanningen",
    "onrust",
    "extremisme",
    "handreiking",
    "training",
    "aanpak",
    "samenwerking",
    "netwerk",
    "burgemeester",
    "beleid",
    "veiligheid",
    "ouders",
    "school",
    "dialoog",
    "verbinding",
    "buurt",
    "vertrouwen",
    "online",
    "desinformatie",
]
FILLER = [
    "de",
    "het",
    "een",
    "van",
    "voor",
    "met",
    "over",
    "bij",
    "naar",
    "in",
    "op",
    "en",
    "of",
    "als",
    "dat",
    "wat",
    "hoe",
    "wie",
    "zij",
    "wij",
    "u",
    "praktijk",
    "ervaring",
    "kennis",
    "advies",
    "ondersteuning",
    "lokaal",
    "landelijk",
    "regio",
    "team",
]


def configure(db, n, reuse=False, engine=""):
    if engine:
        os.environ["SEARCH_URL"] = engine
        os.environ["SEARCH_INDEX_PREFIX"] = f"bench_{db}_{n}_"
    if db == "sqlite":
        path = Path(f"/tmp/stabiliteit_bench_{n}.sqlite3")
        if not reuse:
            path.unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    else:
        os.environ["DATABASE_URL"] = os.environ.get(
            "BENCH_DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/stabiliteit_finder_{n}_bench"
        )
    os.environ["DJANGO_SETTINGS_MODULE"] = "stabiliteit.settings.test"
    import django

    django.setup()
    if db == "postgres" and not reuse:
        recreate_postgres_database()


def empty_database(db):
    from django.db import connection

    connection.close()
    if db == "postgres":
        recreate_postgres_database()
    else:
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)


def recreate_postgres_database():
    import psycopg
    from django.conf import settings

    name = settings.DATABASES["default"]["NAME"]
    assert name.endswith("_bench"), "refusing to recreate a database whose name does not end in _bench"
    params = settings.DATABASES["default"]
    with psycopg.connect(
        host=params["HOST"],
        port=params["PORT"] or 5432,
        user=params["USER"],
        dbname="postgres",
        autocommit=True,
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


SYLLABLES = "ver be ont ge wer king hul pen beid sa men le ren over leg ling heid ste kel baar tig".split()  # noqa: SIM905
VOCABULARY = sorted({"".join(random.Random(i).sample(SYLLABLES, 3)) for i in range(4000)})


def sentence(rng, length):
    """Text with the domain words at ~4%, stop words at ~40%, the rest from 4,000 others."""
    words = []
    for _ in range(length):
        draw = rng.random()
        words.append(rng.choice(WORDS) if draw < 0.04 else rng.choice(FILLER if draw < 0.44 else VOCABULARY))
    return " ".join(words)


def generate(n, rng):
    """Insert n offerings spread over partners, kinds, forms, themes, audiences, phases."""
    import datetime
    import uuid

    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from offerings.models import (
        ContactPointPage,
        OfferingPage,
        PublicationPage,
        TrainingPage,
        TrainingSession,
    )
    from partners.models import PartnerPage
    from search.dutch import padded_stems
    from taxonomy.models import Audience, Form, Phase, Theme

    partners = list(PartnerPage.objects.order_by("path"))
    forms = {kind: list(Form.objects.filter(kind=kind)) for kind in ("publicatie", "training", "contactpunt")}
    themes, audiences, phases = (
        list(Theme.objects.all()),
        list(Audience.objects.all()),
        list(Phase.objects.all()),
    )
    models = {"publicatie": PublicationPage, "training": TrainingPage, "contactpunt": ContactPointPage}
    content_types = {kind: ContentType.objects.get_for_model(model) for kind, model in models.items()}
    locale = Locale.get_default()
    now = timezone.now()
    today = datetime.date.today()
    next_child = {p.pk: p.get_children_count() for p in partners}

    def insert(model, rows):
        # Columns the rows leave out get the model field's default, so a new field with a
        # default does not break the benchmark.
        defaults = {
            field.column: field.get_db_prep_save(field.get_default(), connection)
            for field in model._meta.local_concrete_fields
            if field.column not in rows[0]
        }
        rows = [{**defaults, **row} for row in rows]
        columns = list(rows[0])
        table = connection.ops.quote_name(model._meta.db_table)
        names = ", ".join(connection.ops.quote_name(c) for c in columns)
        sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"
        with connection.cursor() as cursor:
            cursor.executemany(sql, [[row[c] for c in columns] for row in rows])

    for start in range(0, n, 2000):
        batch = []
        for i in range(start, min(n, start + 2000)):
            partner = partners[i % len(partners)]
            kind = rng.choices(list(models), weights=[5, 3, 2])[0]
            next_child[partner.pk] += 1
            slug = f"synthetisch-{i}"
            title = f"{sentence(rng, 5).capitalize()} {i}"
            page = Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_types[kind],
                path=Page._get_path(partner.path, partner.depth + 1, next_child[partner.pk]),
                depth=partner.depth + 1,
                numchild=0,
                url_path=f"{partner.url_path}{slug}/",
                live=True,
                first_published_at=now - datetime.timedelta(minutes=i),
                last_published_at=now,
                locale=locale,
                translation_key=uuid.uuid4(),
            )
            batch.append((page, kind, partner))
        with transaction.atomic():
            pages = Page.objects.bulk_create([page for page, _k, _p in batch])
            if pages[0].pk is None:  # backends without RETURNING: look the ids up
                ids = dict(Page.objects.filter(slug__in=[p.slug for p in pages]).values_list("slug", "pk"))
                for page in pages:
                    page.pk = page.id = ids[page.slug]
            offering_rows, specific_rows, session_rows = [], {kind: [] for kind in models}, []
            through_rows = {"themes": [], "audiences": [], "phases": []}
            for page, (_p, kind, partner) in zip(pages, batch, strict=True):
                summary = sentence(rng, 18).capitalize() + "."
                paragraph = {
                    "type": "paragraph",
                    "value": f"<p>{sentence(rng, 60)}</p>",
                    "id": str(uuid.uuid4()),
                }
                body = json.dumps([paragraph])
                expired = kind == "training" and rng.random() < 0.2
                offering_rows.append(
                    {
                        "page_ptr_id": page.pk,
                        "kind": kind,
                        "partner_id": partner.pk,
                        "form_id": rng.choice(forms[kind]).pk,
                        "summary": summary,
                        "body": body,
                        "cost": rng.choice(["gratis", "gratis", "kosten"]),
                        "price_note": "",
                        "language": "nl",
                        "region": "landelijk",
                        "last_reviewed_at": None,
                        "delivery": rng.choice(["online", "op-locatie", "hybride"])
                        if kind == "training"
                        else "",
                        "start_date": today - datetime.timedelta(days=400) if expired else None,
                        "end_date": today - datetime.timedelta(days=10) if expired else None,
                        "search_title_stems": padded_stems(page.title),
                        "search_summary_stems": padded_stems(summary),
                    }
                )
                specific = {
                    "publicatie": {
                        "published": today.isoformat(),
                        "page_count": 12,
                        "document_id": None,
                        "external_url": "https://example.org/",
                    },
                    "training": {
                        "location": "Utrecht",
                        "duration": "2 dagdelen",
                        "group_size": "",
                        "registration_url": "",
                    },
                    "contactpunt": {
                        "email": "info@example.org",
                        "phone": "",
                        "form_url": "",
                        "availability": "",
                        "response_time": "",
                    },
                }[kind]
                specific_rows[kind].append({"offeringpage_ptr_id": page.pk, **specific})
                if kind == "training" and expired:  # its one (past) session, as the dates say
                    session_rows.append(
                        TrainingSession(
                            page_id=page.pk,
                            sort_order=0,
                            start_date=today - datetime.timedelta(days=400),
                            end_date=today - datetime.timedelta(days=10),
                            location="Utrecht",
                        )
                    )
                for name, pool, k in (
                    ("themes", themes, (1, 3)),
                    ("audiences", audiences, (1, 3)),
                    ("phases", phases, (0, 2)),
                ):
                    for term in rng.sample(pool, rng.randint(*k)):
                        through_rows[name].append((page.pk, term.pk))
            insert(OfferingPage, offering_rows)
            for kind, rows in specific_rows.items():
                if rows:
                    insert(models[kind], rows)
            TrainingSession.objects.bulk_create(session_rows, batch_size=5000)
            for name, rows in through_rows.items():
                through = OfferingPage._meta.get_field(name).remote_field.through
                column = f"{through._meta.get_field(name[:-1] if name != 'phases' else 'phase').column}"
                through.objects.bulk_create(
                    [through(**{"offeringpage_id": pk, column: term}) for pk, term in rows], batch_size=5000
                )
    for partner in partners:
        Page.objects.filter(pk=partner.pk).update(numchild=next_child[partner.pk])


def build(n):
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if settings.SEARCH_URL:  # the engine's index with its mapping, before pages are saved into it
        call_command("update_index", backend_name="default", schema_only=True, verbosity=0)
    call_command("load_demo_content", verbosity=0)
    generate(n, random.Random(n))


def synthetic_ids():
    from wagtail.models import Page

    return list(Page.objects.filter(slug__startswith="synthetisch-").values_list("pk", flat=True))


def is_generated(n):
    """An earlier run left this N generated and indexed (its last offering is searchable)."""
    from wagtail.models import Page
    from wagtail.search.models import IndexEntry

    last = Page.objects.filter(slug=f"synthetisch-{n - 1}").values_list("pk", flat=True).first()
    return last is not None and IndexEntry.objects.filter(object_id=str(last)).exists()


def synthetic_ids_exist(n):
    from wagtail.models import Page

    return Page.objects.filter(slug=f"synthetisch-{n - 1}").exists()


def schema_is_current():
    """No migration is waiting: an earlier build made with older code is rebuilt, not reused
    (its columns, and the words its indexes hold, may no longer be what the code expects)."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return not executor.migration_plan(executor.loader.graph.leaf_nodes())


def engine_has(n):
    """The engine's index holds this N's last offering (an earlier --engine run indexed it)."""
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from offerings.models import OfferingPage

    last = Page.objects.filter(slug=f"synthetisch-{n - 1}").values_list("pk", flat=True).first()
    backend = get_search_backend("default")
    name = backend.get_index_for_model(OfferingPage).name
    try:
        return last is not None and backend.es.exists(index=name, id=str(last))
    except Exception:
        return False


def index(n, backends=None):
    from django.conf import settings
    from wagtail.search.backends import get_search_backend

    from offerings.models import ContactPointPage, PublicationPage, TrainingPage

    ids = synthetic_ids()
    for name in backends or settings.WAGTAILSEARCH_BACKENDS:
        backend = get_search_backend(name)
        for model in (PublicationPage, TrainingPage, ContactPointPage):
            queryset = (
                model.objects.filter(pk__in=ids)
                .select_related("form", "partner")
                .prefetch_related("themes", "audiences", "phases")
            )
            pks = list(queryset.values_list("pk", flat=True))
            for start in range(0, len(pks), 1000):
                backend.add_bulk(model, list(queryset.filter(pk__in=pks[start : start + 1000])))
        if name != "database" and settings.SEARCH_URL:
            backend.get_index_for_model(PublicationPage).refresh()


def settle():
    """After a bulk load, do what autovacuum does on its own a little later: merge the GIN
    indexes' pending lists and gather planner statistics, so the first measured requests
    see the same plans as a database that has been running a while."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def facet_index_figures():
    """Build time and memory of the finder's in-process facet index (search/facetindex.py)."""
    import tracemalloc

    from search import facetindex

    def build():
        index = facetindex.build_index(facetindex.catalogue_stamp())
        index.positions_containing("title", "")  # the lazily built word lists count too
        index.positions_containing("summary", "")
        return index

    timings = []
    for _ in range(3):
        started = time.perf_counter()
        index = build()
        timings.append((time.perf_counter() - started) * 1000)
    del index
    tracemalloc.start()
    index = build()
    size = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    return (
        f"facet index: {len(index.pks):,} rows, built in {statistics.median(timings):.0f} ms "
        f"(after each catalogue change), {size:.1f} MB per process"
    )


def page_times(client, url, runs):
    """(p50, p95) milliseconds of the page at `url`, and its SQL query count."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        assert client.get(url).status_code == 200
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return statistics.median(times), statistics.quantiles(times, n=20)[18], ctx


def measure_engine(runs):
    """Each request on the database engine and on the distributed engine, side by side."""
    from django.http import QueryDict
    from django.test import Client

    from core.startup import freeze_startup_objects
    from search import engines
    from search.finder import run_finder
    from search.params import FinderQuery

    freeze_startup_objects()
    client = Client()
    rows = []
    for label, url in REQUESTS:
        query = FinderQuery.from_querydict(QueryDict(url.partition("?")[2]))
        figures = []
        results = []
        for name in ("database", "distributed"):
            with engines.forced(name):
                p50, p95, ctx = page_times(client, url, runs)
                results.append(run_finder(query))
            figures.append((p50, p95, len(ctx.captured_queries)))
        on_database, on_engine = results
        assert on_engine.total == on_database.total, (label, on_engine.total, on_database.total)
        for a, b in zip(on_engine.facets, on_database.facets, strict=True):
            assert [v.count for v in a.values] == [v.count for v in b.values], (label, a.name)
        rows.append((label, on_database.total, *figures[0], *figures[1]))
    return rows


def measure(runs):
    from django.db import connection
    from django.http import QueryDict
    from django.test import Client

    from bench import reference_sql
    from core.startup import freeze_startup_objects
    from search.finder import run_finder
    from search.params import FinderQuery

    freeze_startup_objects()  # as stabiliteit/wsgi.py does in the server process
    client = Client()
    rows = []
    for label, url in REQUESTS:
        p50, p95, ctx = page_times(client, url, runs)
        selects = [q["sql"] for q in ctx.captured_queries if q["sql"].lstrip().upper().startswith("SELECT")]
        query = FinderQuery.from_querydict(QueryDict(url.partition("?")[2]))
        result = run_finder(query)
        reference = reference_sql.statements(result.query)
        with connection.cursor() as cursor:
            check(result, reference_sql.run(cursor, reference))
            own = timed(runs, replay, cursor, selects)
            pure = timed(runs, reference_sql.run, cursor, reference)
        rows.append((label, result.total, p50, p95, len(ctx.captured_queries), own, pure, p50 / pure))
    return rows


def timed(runs, work, *args):
    """Median milliseconds of `work(*args)` over `runs` runs."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work(*args)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def replay(cursor, statements):
    for sql in statements:
        cursor.execute(sql)
        cursor.fetchall()


def check(result, reference):
    """The pure-SQL statements must compute what the finder shows: total, page, counts."""
    from search import facets

    assert reference["total"][0][0] == result.total, (reference["total"], result.total)
    assert [row[0] for row in reference["page"]] == [item.pk for item in result.items]
    for facet in result.facets:
        options = {slug: key for key, slug, _label in facets.by_key(facet.name).options()}
        counted = dict(reference[facet.name])
        for value in facet.values:
            assert counted.get(options[value.slug], 0) == value.count, (facet.name, value.slug)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--reuse", action="store_true", help="measure an earlier run's database for this N again"
    )
    parser.add_argument(
        "--engine", default="", metavar="URL", help="also measure the distributed engine at URL (SEARCH_URL)"
    )
    args = parser.parse_args()
    if len(args.n) > 1:  # one process per N: Django is set up once per database
        import subprocess

        for n in args.n:
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    *("--db", args.db, "--n", str(n), "--runs", str(args.runs)),
                    *(["--reuse"] if args.reuse else []),
                    *(["--engine", args.engine] if args.engine else []),
                ],
                check=True,
            )
        return
    n = args.n[0]
    configure(args.db, n, args.reuse, args.engine)
    if args.reuse and not schema_is_current():
        print(f"\n{args.db}, N={n:,}: the earlier database predates a migration; building it again")
        args.reuse = False
        empty_database(args.db)
    if args.reuse and synthetic_ids_exist(n):
        print(f"\n{args.db}, N={n:,} synthetic offerings (+ demo): reusing the earlier database")
        # Finish what an interrupted run left: the database's index, the engine's index.
        missing = [] if is_generated(n) else ["database" if args.engine else "default"]
        if args.engine and not engine_has(n):
            missing.append("default")
        if missing:
            started = time.perf_counter()
            index(n, missing)
            settle()
            print(f"indexed ({', '.join(missing)}) in {time.perf_counter() - started:.0f} s")
    else:
        if args.reuse:  # nothing (or a failed start) to reuse: begin from an empty database
            empty_database(args.db)
        started = time.perf_counter()
        build(n)
        generated = time.perf_counter() - started
        index_started = time.perf_counter()
        index(n)
        indexed = time.perf_counter() - index_started
        settle()
        print(
            f"\n{args.db}, N={n:,} synthetic offerings (+ demo): "
            f"set up in {generated:.0f} s, indexed in {indexed:.0f} s"
        )
    print(facet_index_figures())
    if args.engine:
        header = f"{'database p50/p95 ms':>20} {'engine p50/p95 ms':>18} {'queries db/engine':>18}"
        print(f"{'request':<22} {'results':>8} {header}")
        for label, total, d50, d95, dq, e50, e95, eq in measure_engine(args.runs):
            figures = f"{d50:>11.1f} / {d95:>6.1f} {e50:>9.1f} / {e95:>6.1f} {dq:>9} / {eq:<3}"
            print(f"{label:<22} {total:>8} {figures}")
        sys.stdout.flush()
        return
    print(
        f"{'request':<22} {'results':>8} {'p50 ms':>7} {'p95 ms':>7} {'queries':>8} "
        f"{'own SQL ms':>11} {'pure SQL ms':>12} {'ratio':>6}"
    )
    for label, total, p50, p95, queries, own, pure, ratio in measure(args.runs):
        print(
            f"{label:<22} {total:>8} {p50:>7.1f} {p95:>7.1f} {queries:>8} "
            f"{own:>11.1f} {pure:>12.1f} {ratio:>6.2f}"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
