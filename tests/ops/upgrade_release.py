"""Builds a database at the schema of the release of 29 Nov 2026 (commit 3516b50), fills it
with hand-made content of every kind through the historical models, dumps every row of every
table, runs the real upgrade (`manage.py migrate`), dumps again and writes both dumps as JSON.

Run by tests/ops/test_upgrade_from_release.py in a process of its own, against an empty
database named by DATABASE_URL (SQLite file or PostgreSQL): the project's data migrations
write through the default database, as an operator's `manage.py migrate` does.

    DATABASE_URL=sqlite:////tmp/upgrade.db python -m tests.ops.upgrade_release out.json
"""

import datetime
import json
import sys
import uuid

import django

# The latest migration of each project app in the release of 29 Nov (git ls-tree 3516b50);
# apps and libraries added since did not exist then (no tables).
RELEASE_29_NOV = {
    "home": "0002_create_homepage",
    "partners": "0001_initial",
    "taxonomy": "0002_question_picks_parental",
    "offerings": "0004_search_stems",
    "search": "0002_synonym",
    "review": "0001_initial",
    "insight": "0001_initial",
    "handbook": "0002_body_blocks",
    "editorial": "0001_initial",
    "api": "0001_initial",
}
ADDED_SINCE = {
    "catalogue",
    "linkcheck",
    "alerts",
    "feedback",
    "imports",
    "django_tasks_database",
    "otp_totp",
    "otp_static",
}

# "Auteur(s) of uitgever" as editors typed it before 0005, one publication form each.
CREDITS = {
    "rapport": "M. de Boer en K. Yilmaz (Movisie)",
    "onderzoek": "A. Jansen, B. van der Smit & Karin Bakker",
    "essay": "Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)",
    "boek": "Vereniging van Nederlandse Gemeenten",
    "monitor": "L. Hoogendam en R. Bakri (fictieve onderzoekers), in opdracht van BZK",
    "handreiking": "S. Öztürk & J. van der Berg, P. de Wit (Nederlands Jeugdinstituut)",
    "factsheet": "VNG",
    # An organisation's name that looks like a person's, with its abbreviation.
    "artikel": "Nederlands Instituut Publieke Veiligheid (NIPV)",
}
NOW = datetime.datetime(2026, 11, 29, 1, 2, 3, 456789, tzinfo=datetime.UTC)


def release_targets(executor):
    targets = []
    for app, leaf in executor.loader.graph.leaf_nodes():
        if app in RELEASE_29_NOV:
            targets.append((app, RELEASE_29_NOV[app]))
        elif app in ADDED_SINCE:
            targets.append((app, None))
        else:
            targets.append((app, leaf))
    return targets


class Tree:
    """Adds pages under a parent with historical models (no treebeard methods there)."""

    def __init__(self, apps):
        self.apps = apps
        self.ContentType = apps.get_model("contenttypes", "ContentType")
        self.Page = apps.get_model("wagtailcore", "Page")
        self.Revision = apps.get_model("wagtailcore", "Revision")
        self.locale = apps.get_model("wagtailcore", "Locale").objects.order_by("pk").first()

    def content_type(self, label):
        app_label, model = label.split(".")
        return self.ContentType.objects.get_or_create(app_label=app_label, model=model.lower())[0]

    def add(self, parent, label, revision=None, **fields):
        model = self.apps.get_model(label)
        path = f"{parent.path}{parent.numchild + 1:04d}"
        page = model.objects.create(
            path=path,
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}{fields['slug']}/",
            draft_title=fields["title"],
            content_type=self.content_type(label),
            locale=self.locale,
            live=fields.pop("live", True),
            first_published_at=NOW,
            last_published_at=NOW,
            latest_revision_created_at=NOW,
            translation_key=uuid.uuid4(),
            **fields,
        )
        self.Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
        parent.numchild += 1
        if revision is not None:
            content = {"pk": page.pk, "title": page.title, "slug": page.slug, "live": page.live, **revision}
            stored = self.Revision.objects.create(
                content_type=self.content_type(label),
                base_content_type=self.content_type("wagtailcore.Page"),
                object_id=str(page.pk),
                object_str=page.title,
                created_at=NOW,
                content=content,
            )
            model.objects.filter(pk=page.pk).update(latest_revision=stored, live_revision=stored)
        return page


def body(*paragraphs):
    return json.dumps(
        [{"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())} for text in paragraphs]
    )


def build(apps):
    """Content of every kind the release knew, as an editor would have made it."""
    tree = Tree(apps)
    user = apps.get_model("auth", "User").objects.create(
        username="redacteur", email="redacteur@example.nl", first_name="Rik", password="!"
    )
    taxonomy = {name: apps.get_model("taxonomy", name) for name in ("Theme", "Audience", "Phase", "Form")}
    themes = [
        taxonomy["Theme"].objects.create(
            name=name, slug=slug, description=f"Over {name.lower()}.", sort_order=i
        )
        for i, (name, slug) in enumerate(
            [("Polarisatie", "polarisatie"), ("Radicalisering", "radicalisering")]
        )
    ]
    audience = taxonomy["Audience"].objects.create(name="Gemeenten", slug="gemeenten", sort_order=1)
    phase = taxonomy["Phase"].objects.create(name="Signaleren", slug="signaleren", sort_order=1)
    forms = {
        slug: taxonomy["Form"].objects.create(
            name=slug.capitalize(), slug=slug, kind="publicatie", sort_order=i
        )
        for i, slug in enumerate(CREDITS)
    }
    forms["leergang"] = taxonomy["Form"].objects.create(name="Leergang", slug="leergang", kind="training")
    forms["helpdesk"] = taxonomy["Form"].objects.create(name="Helpdesk", slug="helpdesk", kind="contactpunt")
    Question = apps.get_model("taxonomy", "Question")
    question = Question.objects.create(
        question="Hoe herken ik polarisatie?",
        slug="polarisatie-herkennen",
        intro="Kort.",
        kinds=["publicatie"],
    )
    Question.themes.through.objects.create(question_id=question.pk, theme_id=themes[0].pk)
    Question.audiences.through.objects.create(question_id=question.pk, audience_id=audience.pk)

    home = apps.get_model("home", "HomePage").objects.get()
    tree.add(
        home,
        "home.ContentPage",
        slug="over",
        title="Over deze site",
        intro="Wie wij zijn.",
        body=body("Tekst"),
    )
    partners = tree.add(home, "home.ContentPage", slug="partners", title="Partners", intro="", body="[]")
    vng = tree.add(
        partners,
        "partners.PartnerPage",
        slug="vng",
        title="Vereniging van Nederlandse Gemeenten",
        abbreviation="VNG",
        description="De gemeenten samen.",
        website="https://vng.nl/",
        contact_email="info@vng.nl",
    )
    document = apps.get_model("wagtaildocs", "Document").objects.create(
        title="Rapport", file="documents/rapport.pdf", collection_id=1, created_at=NOW, file_size=1234
    )
    catalogue = tree.add(home, "offerings.CatalogueIndexPage", slug="aanbod", title="Aanbod", intro="Alles.")
    common = {
        "partner": vng,
        "cost": "gratis",
        "language": "nl",
        "region": "landelijk",
        "last_reviewed_at": NOW,
    }
    offerings = []
    for i, (slug, credit) in enumerate(CREDITS.items()):
        published_on = datetime.date(2024, 1 + i, 10 + i)
        offerings.append(
            tree.add(
                catalogue,
                "offerings.PublicationPage",
                revision={"authors": credit, "published_on": published_on.isoformat(), "summary": "Kort."},
                slug=f"publicatie-{slug}",
                title=f"Publicatie {slug}",
                kind="publicatie",
                form=forms[slug],
                summary=f"Een {slug} over polarisatie.",
                body=body(f"Over {slug}."),
                authors=credit,
                published_on=published_on,
                page_count=10 + i,
                document=document if slug == "rapport" else None,
                external_url="https://example.nl/pub" if slug == "essay" else "",
                live=slug != "factsheet",
                **common,
            )
        )
    offerings.append(
        tree.add(
            catalogue,
            "offerings.TrainingPage",
            revision={
                "start_date": "2026-03-02",
                "end_date": "2026-03-04",
                "delivery": "op-locatie",
                "location": "Utrecht",
            },
            slug="training-op-locatie",
            title="Training op locatie",
            kind="training",
            form=forms["leergang"],
            summary="Drie dagen.",
            body=body("Dag 1", "Dag 2"),
            delivery="op-locatie",
            start_date=datetime.date(2026, 3, 2),
            end_date=datetime.date(2026, 3, 4),
            location="Utrecht",
            duration="3 dagen",
            group_size="12",
            registration_url="https://example.nl/aanmelden",
            **{**common, "cost": "kosten", "price_note": "€ 450", "region": "utrecht"},
        )
    )
    offerings.append(
        tree.add(
            catalogue,
            "offerings.TrainingPage",
            revision={"start_date": "2026-04-01", "end_date": None, "delivery": "online", "location": ""},
            slug="webinar",
            title="Webinar",
            kind="training",
            form=forms["leergang"],
            summary="Een middag online.",
            body="[]",
            delivery="online",
            start_date=datetime.date(2026, 4, 1),
            **common,
        )
    )
    offerings.append(
        tree.add(
            catalogue,
            "offerings.TrainingPage",
            revision={"start_date": None, "end_date": None, "delivery": "hybride", "location": ""},
            slug="op-aanvraag",
            title="Training op aanvraag",
            kind="training",
            form=forms["leergang"],
            summary="Wanneer het u past.",
            body="[]",
            delivery="hybride",
            **common,
        )
    )
    offerings.append(
        tree.add(
            catalogue,
            "offerings.ContactPointPage",
            revision={"email": "vraag@example.nl"},
            slug="vraagbaak",
            title="Vraagbaak",
            kind="contactpunt",
            form=forms["helpdesk"],
            summary="Stel uw vraag.",
            body=body("Bel ons."),
            email="vraag@example.nl",
            phone="070 123 45 67",
            form_url="https://example.nl/contact",
            availability="werkdagen 9-17",
            response_time="binnen 2 werkdagen",
            **common,
        )
    )
    Offering = apps.get_model("offerings", "OfferingPage")
    for offering in offerings:
        Offering.themes.through.objects.create(offeringpage_id=offering.pk, theme_id=themes[0].pk)
        Offering.audiences.through.objects.create(offeringpage_id=offering.pk, audience_id=audience.pk)
        Offering.phases.through.objects.create(offeringpage_id=offering.pk, phase_id=phase.pk)
    apps.get_model("taxonomy", "QuestionPick").objects.create(question=question, offering_id=offerings[0].pk)

    handbook = tree.add(
        home, "handbook.HandbookPage", slug="handboek", title="Handboek", intro="Intro", body=""
    )
    chapter = tree.add(
        handbook,
        "handbook.HandbookChapterPage",
        revision={"intro": "Waarom"},
        slug="signalen",
        title="Signalen herkennen",
        intro="Waarom dit ertoe doet.",
        body=json.dumps(
            [
                {"type": "section_heading", "value": {"heading": "Wat ziet u?", "anchor": "wat"}, "id": "a1"},
                {"type": "analysis", "value": "<p>Uitleg.</p>", "id": "a2"},
            ]
        ),
        phase=phase,
    )
    apps.get_model("handbook", "HandbookChapterPage").themes.through.objects.create(
        handbookchapterpage_id=chapter.pk, theme_id=themes[1].pk
    )

    review_round = apps.get_model("review", "ReviewRound").objects.create(
        name="Ronde najaar", deadline=datetime.date(2026, 12, 15), opened_by=user, opened_at=NOW
    )
    review_round.partners.add(vng.pk)
    item = apps.get_model("review", "ReviewItem").objects.create(
        review_round=review_round,
        offering_id=offerings[0].pk,
        partner=vng,
        offering_title="Publicatie rapport",
    )
    apps.get_model("review", "ReviewAction").objects.create(item=item, kind="geopend", at=NOW, user=user)
    apps.get_model("review", "ReminderLog").objects.create(
        key="r1",
        day=datetime.date(2026, 11, 28),
        sent_at=NOW,
        recipients="a@example.nl",
        open_items=1,
        partner=vng,
        review_round=review_round,
    )
    apps.get_model("insight", "MissingOfferReport").objects.create(
        description="Niets over buurtbemiddeling.",
        municipality="Zwolle",
        query="buurtbemiddeling",
        created_at=NOW,
        theme=themes[0],
    )
    apps.get_model("search", "Synonym").objects.create(terms="polarisatie, tegenstelling", note="redactie")
    apps.get_model("search", "SearchQueryDay").objects.create(
        day=datetime.date(2026, 11, 28), query="radicalisering", searches=3, result_count=7
    )
    apps.get_model("editorial", "PartnerWorkflowSettings").objects.create(
        partner=vng, coordination_check=True
    )
    apps.get_model("api", "ContentChange").objects.create(changed_at=NOW)


def dump(connection):
    """Every row of every table, keyed by primary key, values as text (same engine both times)."""
    tables = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            if table == "django_migrations":
                continue
            keys = connection.introspection.get_primary_key_columns(cursor, table) or []
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 (table names)
            columns = [column[0] for column in cursor.description]
            rows = {}
            for values in cursor.fetchall():
                row = dict(zip(columns, (_text(value) for value in values), strict=True))
                key = "|".join(row[k] for k in keys) if keys else json.dumps(row, sort_keys=True)
                rows[key] = row
            tables[table] = {"columns": columns, "rows": rows}
    return tables


def _text(value):
    if value is None:
        return None
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, memoryview | bytes):
        return bytes(value).hex()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def current(connection):
    """What the current models read back: credits, dates and sessions of every offering,
    in the page and in its latest revision (Wagtail's own `as_object`)."""
    from offerings.models import PublicationPage, TrainingPage

    def credits(page):
        return {
            "authors": [a.name for a in page.authors.all()],
            "publishers": [
                [p.organisation.name, p.organisation.abbreviation, p.organisation.partner_id is not None]
                for p in page.publishers.all()
            ],
            "published": str(page.published),
        }

    def sessions(page):
        return [
            [str(s.start_date), str(s.end_date), s.online, s.location, s.registration_url]
            for s in page.sessions.all()
        ]

    result = {}
    for page in PublicationPage.objects.order_by("pk"):
        result[page.slug] = {"page": credits(page), "revision": credits(page.latest_revision.as_object())}
    for page in TrainingPage.objects.order_by("pk"):
        revision = page.latest_revision.as_object()
        result[page.slug] = {"page": sessions(page), "revision": sessions(revision)}
    return result


def main(out):
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    targets = release_targets(executor)
    executor.migrate(targets)
    build(executor.loader.project_state([t for t in targets if t[1]]).apps)
    before = dump(connection)
    call_command("migrate", interactive=False, verbosity=0)
    after = dump(connection)
    with open(out, "w", encoding="utf-8") as file:
        json.dump(
            {"before": before, "after": after, "current": current(connection)}, file, ensure_ascii=False
        )


if __name__ == "__main__":
    main(sys.argv[1])
